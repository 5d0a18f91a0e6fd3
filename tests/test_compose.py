"""docker-compose.yml is valid and safe: no Docker engine runs here, so its syntax is checked instead."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_official_526_community_image():
    assert compose()["services"]["neo4j"]["image"] == "neo4j:5.26-community"


def test_ports_bound_to_loopback_only():
    ports = compose()["services"]["neo4j"]["ports"]
    assert sorted(p.split(":", 1)[1] for p in ports) == ["7474:7474", "7687:7687"]
    assert all(p.startswith("127.0.0.1:") for p in ports)


def test_named_volume_for_data():
    doc = compose()
    assert "kb-neo4j-data:/data" in doc["services"]["neo4j"]["volumes"]
    assert "kb-neo4j-data" in doc["volumes"]


def test_password_comes_from_env_file_not_the_repo():
    auth = compose()["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD")
    ignored = (ROOT / ".gitignore").read_text().splitlines()
    assert ".env" in ignored
    assert (ROOT / ".env.example").exists()
