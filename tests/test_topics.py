"""The UI's data bus: every topic a screen listens for is one a service emits,
and every topic emitted is heard by some screen (kiosk.topics.Topic)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from kiosk.db import mark_changed
from kiosk.topics import Topic

KIOSK = Path(__file__).resolve().parent.parent / "kiosk"


def _modules(under: Path):
    for path in sorted(under.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    return {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)}


def _topics_in(node: ast.AST, constants: dict[str, ast.expr]) -> set[str]:
    """The topics an expression names: Topic.X, a plain string, or a module constant of them."""
    found: set[str] = set()
    for part in ast.walk(node):
        if (isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name)
                and part.value.id == "Topic"):
            found.add(Topic[part.attr].value)
        elif isinstance(part, ast.Constant) and isinstance(part.value, str):
            found.add(part.value)
        elif isinstance(part, ast.Name) and part.id in constants:
            found |= _topics_in(constants[part.id], {})
    return found


@functools.cache  # three tests ask; parsing every module is most of their time
def emitted() -> dict[str, list[str]]:
    """Topic -> where a service says it changed it (every mark_changed call in kiosk)."""
    found: dict[str, list[str]] = {}
    for path, tree in _modules(KIOSK):
        constants = _constants(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "mark_changed"):
                for arg in node.args[1:]:
                    for topic in _topics_in(arg, constants):
                        found.setdefault(topic, []).append(f"{path.name}:{node.lineno}")
    return found


def _is_topics(node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and node.id == "topics"


@functools.cache
def listened() -> dict[str, list[str]]:
    """Topic -> where a screen listens for it: what a kiosk/ui function that takes
    ``topics`` tests against them (``X in topics``, ``topics & {...}``)."""
    found: dict[str, list[str]] = {}
    for path, tree in _modules(KIOSK / "ui"):
        constants = _constants(tree)
        for function in ast.walk(tree):
            if not (isinstance(function, ast.FunctionDef)
                    and any(arg.arg == "topics" for arg in function.args.args)):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Compare) and any(map(_is_topics, node.comparators)):
                    asked = [node.left]
                elif isinstance(node, ast.BinOp) and (_is_topics(node.left) or _is_topics(node.right)):
                    asked = [node.left, node.right]
                else:
                    continue
                for expression in asked:
                    for topic in _topics_in(expression, constants):
                        found.setdefault(topic, []).append(f"{path.name}:{node.lineno}")
    return found


@pytest.mark.slow  # every module parsed
def test_every_topic_listened_for_is_emitted():
    heard, said = listened(), emitted()
    assert heard, "no listener found: the scan is broken"
    never = {topic: where for topic, where in heard.items() if topic not in said}
    assert never == {}, "screens wait for topics no service emits"


@pytest.mark.slow
def test_every_topic_emitted_is_a_topic_and_is_heard():
    said, heard = emitted(), listened()
    assert set(said) <= {topic.value for topic in Topic}
    unheard = {topic: where for topic, where in said.items() if topic not in heard}
    assert unheard == {}, "services emit topics no screen listens for"


@pytest.mark.slow
def test_every_topic_is_emitted_somewhere():
    assert {topic.value for topic in Topic} == set(emitted())


def test_a_topic_outside_the_enum_is_refused(db):
    with pytest.raises(ValueError):
        with db.unit_of_work() as session:
            mark_changed(session, "products")
