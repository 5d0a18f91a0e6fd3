"""The local Neo4j: install from Maven Central, start, stop, status.

There is no Docker engine on every machine, and Neo4j's standalone tarball is not on Maven
Central, so the server is assembled from the jars that Maven Central does publish
(`org.neo4j:neo4j` + `org.neo4j.client:neo4j-browser`, see resources/neo4j-server.pom.xml) and
started the way Neo4j's own launcher starts it (`org.neo4j.server.CommunityEntryPoint`).

Everything lives under $KB_HOME (default ~/.cache/kb):

    neo4j-<version>/lib/         the jars (installed once; a second install is a no-op)
    neo4j-<version>/conf/        neo4j.conf, rewritten at every start from the ports asked for
    neo4j-<version>/data|logs/   the database and the server's logs
    neo4j-<version>/run/neo4j.pid  the pid of the server *we* started; stop kills only that one
    credentials.json             uri, user and the random password, mode 0600

Everything under $KB_HOME is its owner's only (directories 0700, files 0600; the server and the
admin tool run with umask 077), and the password never appears in a process's arguments: the
admin tool reads it from a 0600 argument file (`@file`, expanded by its command-line parser).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import string
import subprocess
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kb import cypher
from kb.config import credentials_file, driver_timeouts, kb_home
from kb.errors import KbError
from kb.wordlists import read_list

NEO4J_VERSION = "5.26.31"  # newest 5.26 LTS patch on Maven Central (checked 2026-11-23)
BROWSER_VERSION = "5.24.0"  # newest neo4j-browser on Maven Central
APOC_VERSION = "5.26.1"  # newest APOC core for 5.26 on Maven Central (neo4j-graphrag's schema reader needs it)
USER = "neo4j"
# Bounded memory: beside the test suite on a 2-core, 24 GiB machine.
HEAP = "1g"
PAGECACHE = "512m"
START_TIMEOUT = 120.0  # seconds; a cold JVM start here takes about 10
PRIVATE = 0o077  # the umask of everything we start: files 0600, directories 0700
# Longer than any transaction kb itself opens (db.awaitIndexes waits 300 s at most; loads commit
# report by report): a cap for queries typed into the Browser, not a limit on loading.
GLOBAL_TX_TIMEOUT = "15m"


class ServerError(KbError):
    exit_code = 6


@dataclass(frozen=True)
class Ports:
    bolt: int = 7687
    http: int = 7474

    @classmethod
    def from_env(cls) -> Ports:
        try:
            return cls(int(os.environ.get("KB_BOLT_PORT", 7687)), int(os.environ.get("KB_HTTP_PORT", 7474)))
        except ValueError as exc:
            raise ServerError(f"KB_BOLT_PORT and KB_HTTP_PORT must be port numbers: {exc}") from None


@dataclass(frozen=True)
class Layout:
    home: Path

    @classmethod
    def default(cls) -> Layout:
        return cls(kb_home() / f"neo4j-{NEO4J_VERSION}")

    @property
    def lib(self) -> Path:
        return self.home / "lib"

    @property
    def conf(self) -> Path:
        return self.home / "conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def plugins(self) -> Path:
        return self.home / "plugins"

    @property
    def apoc_jar(self) -> Path:
        return self.plugins / f"apoc-core-{APOC_VERSION}-core.jar"

    @property
    def console_log(self) -> Path:
        return self.logs / "console.log"

    @property
    def installed(self) -> bool:
        return (self.lib / ".complete").exists() and credentials_file().exists()


@dataclass(frozen=True)
class Status:
    installed: bool
    running: bool
    pid: int | None
    bolt: str
    http: str
    home: str
    version: str | None = None
    edition: str | None = None


# ---------------------------------------------------------------- install


def _require(tool: str, hint: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise ServerError(f"`{tool}` was not found on PATH: {hint}")
    return path


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    return _require("java", "install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jre-headless)")


def install(layout: Layout | None = None, echo=print) -> bool:
    """Fetch the server's jars with Maven and set the initial password. False if already installed."""
    layout = layout or Layout.default()
    if layout.installed:
        return False
    java = _java()
    mvn = _require("mvn", "install Maven (Debian: apt-get install maven)")
    layout.home.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not (layout.lib / ".complete").exists():
        echo(f"Fetching Neo4j {NEO4J_VERSION} Community and Neo4j Browser {BROWSER_VERSION} from Maven Central…")
        _fetch_jars(mvn, layout)
    for d in (layout.conf, layout.data, layout.logs, layout.pid_file.parent, layout.plugins):
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
    _fetch_plugins(mvn, layout, echo)
    _write_conf(layout, Ports.from_env())
    if not credentials_file().exists():
        _set_initial_password(java, layout, Ports.from_env())
    make_private(kb_home())
    return True


def _write_private(path: Path, text: str) -> None:
    """Write `text` to `path`, readable and writable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(path, 0o600)  # O_CREAT's mode does not change a file that was already there


def make_private(root: Path) -> None:
    """Directories 0700 and files 0600 below `root` (itself included); symlinks are left alone
    (a test home may link the jars of another). Homes made before this rule are tightened too."""
    if not root.is_dir():
        return
    root.chmod(0o700)
    for top, dirs, files in os.walk(root):
        for name in dirs:
            path = Path(top, name)
            if not path.is_symlink():
                path.chmod(0o700)
        for name in files:
            path = Path(top, name)
            if not path.is_symlink():
                path.chmod(0o600)


def _fetch_jars(mvn: str, layout: Layout) -> None:
    pom = resources.files("kb").joinpath("resources/neo4j-server.pom.xml").read_text(encoding="utf-8")
    staging = layout.home / "lib.partial"
    shutil.rmtree(staging, ignore_errors=True)
    with tempfile.TemporaryDirectory() as work:
        Path(work, "pom.xml").write_text(pom, encoding="utf-8")
        cmd = [
            mvn, "-q", "-B", "dependency:copy-dependencies",
            f"-Dneo4j.version={NEO4J_VERSION}", f"-Dbrowser.version={BROWSER_VERSION}",
            f"-DoutputDirectory={staging}", "-DincludeScope=runtime",
        ]  # fmt: skip
        done = subprocess.run(cmd, cwd=work, capture_output=True, text=True, umask=PRIVATE)
    if done.returncode != 0:
        tail = " ".join((done.stdout + done.stderr).split()[-30:])
        raise ServerError(f"Maven could not fetch Neo4j (is Maven Central reachable?): {tail}")
    # Mark completion only after every jar is in place, so an interrupted fetch is redone.
    shutil.rmtree(layout.lib, ignore_errors=True)
    staging.rename(layout.lib)
    (layout.lib / ".complete").write_text(f"{NEO4J_VERSION} {BROWSER_VERSION}\n")


def _fetch_plugins(mvn: str, layout: Layout, echo=print) -> None:
    """APOC core into the plugins directory, unless it is there (a home installed before APOC gets
    it at its next start). Fetched beside it and renamed, so a half-fetched jar never loads."""
    if layout.apoc_jar.exists():
        return
    echo(f"Fetching APOC core {APOC_VERSION} from Maven Central…")
    pom = resources.files("kb").joinpath("resources/neo4j-plugins.pom.xml").read_text(encoding="utf-8")
    layout.plugins.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work, tempfile.TemporaryDirectory(dir=layout.home) as staging:
        Path(work, "pom.xml").write_text(pom, encoding="utf-8")
        cmd = [
            mvn, "-q", "-B", "dependency:copy-dependencies", f"-Dapoc.version={APOC_VERSION}",
            f"-DoutputDirectory={staging}", "-DexcludeTransitive=true",
        ]  # fmt: skip
        done = subprocess.run(cmd, cwd=work, capture_output=True, text=True, umask=PRIVATE)
        fetched = Path(staging, layout.apoc_jar.name)
        if done.returncode != 0 or not fetched.exists():
            tail = " ".join((done.stdout + done.stderr).split()[-30:])
            raise ServerError(f"Maven could not fetch APOC core (is Maven Central reachable?): {tail}")
        for old in layout.plugins.glob("apoc-core-*.jar"):  # one APOC only: an older one would clash
            old.unlink()
        fetched.rename(layout.apoc_jar)


def _write_conf(layout: Layout, ports: Ports) -> None:
    conf = f"""# Written by `kb server`; rewritten at every start, edit ports with KB_BOLT_PORT / KB_HTTP_PORT.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:{ports.bolt}
server.http.listen_address=127.0.0.1:{ports.http}
server.http.advertised_address=127.0.0.1:{ports.http}
server.bolt.advertised_address=127.0.0.1:{ports.bolt}
server.https.enabled=false
dbms.security.auth_enabled=true
server.memory.heap.initial_size=512m
server.memory.heap.max_size={HEAP}
server.memory.pagecache.size={PAGECACHE}
server.directories.data={layout.data}
server.directories.logs={layout.logs}
server.directories.run={layout.pid_file.parent}
server.directories.plugins={layout.plugins}
server.directories.import={layout.home / "import"}
dbms.usage_report.enabled=false
db.tx_log.rotation.retention_policy=2 files
# What the server itself refuses, beside `kb cypher`'s own checks (kb/store/confine.py):
# LOAD CSV reads no local file and (through the internal IP blocklist, every address) no URL;
# no plugin procedure loads unless the allow-list names it, and only APOC's read-only readers of
# the graph's shape (which need kernel internals) run unrestricted;
# only the Browser's own origin may call the HTTP API from a web page; no transaction runs forever.
dbms.security.allow_csv_import_from_file_urls=false
internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0
dbms.security.procedures.allowlist={",".join(read_list("kb.store", "cypher_procedures.txt"))}
dbms.security.procedures.unrestricted={",".join(read_list("kb.store", "unrestricted_procedures.txt"))}
dbms.security.http_access_control_allow_origin=http://127.0.0.1:{ports.http}
db.transaction.timeout={GLOBAL_TX_TIMEOUT}
"""
    _write_private(layout.conf / "neo4j.conf", conf)


def _admin_env(layout: Layout) -> dict[str, str]:
    return {**os.environ, "NEO4J_HOME": str(layout.home), "NEO4J_CONF": str(layout.conf)}


def _new_password() -> str:
    # Letters and digits only: a leading `-` would read as an option, and `#` or a quote
    # means something in the argument file below.
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(24))


def _set_initial_password(java: str, layout: Layout, ports: Ports) -> None:
    password = _new_password()
    # The admin tool's command line (picocli) expands `@file` into the arguments the file
    # holds, so the password goes through a 0600 file that only we can read, never argv.
    with tempfile.TemporaryDirectory(dir=layout.home) as private:
        argfile = Path(private, "password.args")
        fd = os.open(argfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(password + "\n")
        cmd = [java, "-cp", f"{layout.lib}/*", "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", f"@{argfile}"]
        done = subprocess.run(cmd, env=_admin_env(layout), capture_output=True, text=True, umask=PRIVATE)
    if done.returncode != 0:
        raise ServerError(f"could not set the initial password: {(done.stderr or done.stdout).strip()[-300:]}")
    path = credentials_file()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    _write_private(path, json.dumps({"uri": f"bolt://127.0.0.1:{ports.bolt}", "user": USER, "password": password}))


# ---------------------------------------------------------------- start / stop / status


def _port_answers(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _read_pid(layout: Layout) -> int | None:
    try:
        return int(layout.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _is_our_server(pid: int, layout: Layout) -> bool:
    """The pid is alive and is the Neo4j we started from this home (not a recycled pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True  # no /proc (macOS): trust the pid file
    return "CommunityEntryPoint" in cmdline and str(layout.home) in cmdline


def _log_tail(layout: Layout, lines: int = 8) -> str:
    for log in (layout.console_log, layout.logs / "neo4j.log", layout.logs / "debug.log"):
        if log.exists():
            tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-lines:]
            if tail:
                return " | ".join(t.strip() for t in tail)
    return "(no log written)"


def start(layout: Layout | None = None, echo=print) -> Status:
    layout = layout or Layout.default()
    if not install(layout, echo=echo):
        _fetch_plugins(_require("mvn", "install Maven (Debian: apt-get install maven)"), layout, echo)
    pid = _read_pid(layout)
    ports = _ports_of(layout)
    if pid and _is_our_server(pid, layout):
        _wait_for_bolt(layout, pid, ports)
        return status(layout)
    ports = Ports.from_env()
    for name, port in (("Bolt", ports.bolt), ("HTTP", ports.http)):
        if _port_answers(port):
            raise ServerError(
                f"port {port} ({name}) is already in use by another process: stop it, or choose other "
                f"ports with KB_BOLT_PORT / KB_HTTP_PORT"
            )
    _write_conf(layout, ports)
    _sync_credentials_port(ports)
    make_private(kb_home())
    java = _java()
    cmd = [
        java, "-Xms512m", f"-Xmx{HEAP}", "-XX:+UseG1GC",
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "-Dio.netty.tryReflectionSetAccessible=true",
        # Plugins on the class path too, as Neo4j's own launcher puts them: APOC registers its
        # kernel extension (apoc.Pools, which its procedures need) through the service loader.
        "-cp", f"{layout.lib}/*{os.pathsep}{layout.plugins}/*",
        "org.neo4j.server.CommunityEntryPoint",
        f"--home-dir={layout.home}", f"--config-dir={layout.conf}", "--console-mode",
    ]  # fmt: skip
    layout.logs.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(layout.console_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "ab") as log:
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env=_admin_env(layout), start_new_session=True,  # survives the CLI that started it
            umask=PRIVATE,  # the store, logs and auth.ini it writes are ours only
        )  # fmt: skip
    layout.pid_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    _write_private(layout.pid_file, str(proc.pid))
    echo(f"Starting Neo4j {NEO4J_VERSION} (pid {proc.pid})…")
    _wait_for_bolt(layout, proc.pid, ports, proc)
    return status(layout)


def _ports_of(layout: Layout) -> Ports:
    """The ports the running server was configured with (its conf), else the ones asked for."""
    conf = layout.conf / "neo4j.conf"
    found = {}
    if conf.exists():
        for line in conf.read_text(encoding="utf-8").splitlines():
            for key, name in (("server.bolt.listen_address=", "bolt"), ("server.http.listen_address=", "http")):
                if line.startswith(key):
                    found[name] = int(line.rsplit(":", 1)[1])
    return Ports(**found) if len(found) == 2 else Ports.from_env()


def _sync_credentials_port(ports: Ports) -> None:
    path = credentials_file()
    stored = json.loads(path.read_text(encoding="utf-8"))
    uri = f"bolt://127.0.0.1:{ports.bolt}"
    if stored.get("uri") != uri:
        stored["uri"] = uri
        _write_private(path, json.dumps(stored))


def _wait_for_bolt(layout: Layout, pid: int, ports: Ports, proc: subprocess.Popen | None = None) -> None:
    import neo4j

    password = json.loads(credentials_file().read_text(encoding="utf-8"))["password"]
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        died = proc.poll() is not None if proc else not _is_our_server(pid, layout)
        if died:
            layout.pid_file.unlink(missing_ok=True)
            raise ServerError(f"Neo4j exited during start-up; its log ends: {_log_tail(layout)}")
        if _port_answers(ports.bolt):
            try:
                with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{ports.bolt}", auth=(USER, password)) as d:
                    d.verify_connectivity()
                return
            except neo4j.exceptions.AuthError as exc:
                raise ServerError(f"Neo4j answers but refuses the stored password: {exc.message}") from exc
            except Exception:  # still starting: the port opens before the databases are online
                pass
        time.sleep(0.5)
    raise ServerError(f"Neo4j did not answer on Bolt within {START_TIMEOUT:.0f}s; log: {_log_tail(layout)}")


def stop(layout: Layout | None = None) -> bool:
    """Stop the server this project started (by its pid file). False if none was running."""
    layout = layout or Layout.default()
    pid = _read_pid(layout)
    if not pid or not _is_our_server(pid, layout):
        layout.pid_file.unlink(missing_ok=True)
        return False
    os.killpg(pid, signal.SIGTERM)  # Neo4j shuts down cleanly on SIGTERM
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _is_our_server(pid, layout):
        time.sleep(0.3)
    if _is_our_server(pid, layout):
        os.killpg(pid, signal.SIGKILL)
    layout.pid_file.unlink(missing_ok=True)
    return True


def status(layout: Layout | None = None) -> Status:
    layout = layout or Layout.default()
    ports = _ports_of(layout)
    pid = _read_pid(layout)
    running = bool(pid and _is_our_server(pid, layout))
    version = edition = None
    if running and credentials_file().exists():
        version, edition = _components(ports)
    return Status(
        installed=layout.installed,
        running=running,
        pid=pid if running else None,
        bolt=f"bolt://127.0.0.1:{ports.bolt}",
        http=f"http://127.0.0.1:{ports.http}",
        home=str(layout.home),
        version=version,
        edition=edition,
    )


def _components(ports: Ports) -> tuple[str | None, str | None]:
    import neo4j

    password = json.loads(credentials_file().read_text(encoding="utf-8"))["password"]
    # A frozen server accepts the connection and says nothing: give up within seconds, and do
    # not retry (status is a question, not work to finish), else the answer takes minutes.
    timeouts = {**driver_timeouts(), "max_transaction_retry_time": 0.0}
    try:
        with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{ports.bolt}", auth=(USER, password), **timeouts) as d:
            records, _, _ = d.execute_query(cypher.statement("components"))
            return records[0]["version"], records[0]["edition"]
    except Exception:
        return None, None


def password() -> str:
    if not credentials_file().exists():
        raise ServerError("no local server is installed: run `kb server install`")
    return json.loads(credentials_file().read_text(encoding="utf-8"))["password"]


# ---------------------------------------------------------------- offline import (kb load --bulk)


def import_full(database: str, args: list[str], layout: Layout | None = None, echo=print) -> None:
    """`neo4j-admin database import full --overwrite-destination DATABASE ARGS…` into the local
    server's store: the server is stopped for it (the tool writes the store files directly) and
    started again afterwards whatever happened, so a failed import never leaves it down.
    KbError (exit 1) with the tool's last words when it fails."""
    layout = layout or Layout.default()
    pid = _read_pid(layout)
    if not pid or not _is_our_server(pid, layout):
        raise ServerError(f"the local Neo4j in {layout.home} is not running: start it with `kb server start`")
    java = _java()
    # The database name comes first: each --nodes/--relationships option takes every argument
    # after it as one more file.
    cmd = [java, f"-Xmx{HEAP}", "-cp", f"{layout.lib}/*", "org.neo4j.cli.AdminTool",
           "database", "import", "full", database, "--overwrite-destination=true", *args]  # fmt: skip
    stop(layout)
    try:
        done = subprocess.run(cmd, env=_admin_env(layout), capture_output=True, text=True, umask=PRIVATE)
    finally:
        start(layout, echo=echo)
    if done.returncode != 0:
        lines = [ln.strip() for ln in (done.stderr + done.stdout).splitlines() if ln.strip() and not ln.startswith("\t")]
        raise KbError(f"neo4j-admin database import failed: {(lines or ['no output'])[-1][:300]}")
