"""Every string meant for translation reaches the catalogue the way lupdate sees it.

pyside6-lupdate reads ``tr("literal")`` and ``QT_TRANSLATE_NOOP("context", "literal")``
calls; a ``tr()`` inside an f-string or a ``tr(variable)`` whose strings are not
marked is invisible to it, so the text never gets Thai and English shows on a Thai
screen ("By owner", "fund" on the cash count). The catalogue's .tsv files must
also give each English source one Thai: with two, the file sorted last silently wins.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

import pytest

from kiosk.i18n_build import CATALOGUE_DIR, _unescape, extract_sources, source_files
from kiosk.paths import PROJECT_ROOT

MARKER = "QT_TRANSLATE_NOOP"


def _called(node: ast.AST, name: str) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == name) or (
        isinstance(func, ast.Attribute) and func.attr == name)


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in source_files():
        yield (path.relative_to(PROJECT_ROOT).as_posix(),
               ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))


def _marked_only(value: ast.AST) -> bool:
    """A module-level table whose every text is a QT_TRANSLATE_NOOP (dict keys are codes)."""
    if _called(value, MARKER):
        return len(value.args) == 2 and all(_literal(a) for a in value.args)
    if isinstance(value, ast.Dict):
        return all(_marked_only(v) for v in value.values)
    if isinstance(value, (ast.Tuple, ast.List, ast.Set)):
        return all(_marked_only(v) for v in value.elts)
    return False


def _module_tables(tree: ast.Module) -> dict[str, ast.AST]:
    tables = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                node.targets[0], ast.Name):
            tables[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            tables[node.target.id] = node.value
    return tables


def _invariants_marked(trees: dict[str, ast.Module]) -> list[str]:
    """Every ``@invariant(name)``'s name is marked (kiosk check prints them with tr(name))."""
    return [f"{path}:{node.lineno}" for path, tree in trees.items() for node in ast.walk(tree)
            if _called(node, "invariant") and not (node.args and _called(node.args[0], MARKER))]


# A tr() of a variable is allowed in these functions only, each with the test that the
# strings reaching it are all marked for lupdate.
DYNAMIC = {
    ("kiosk/check_cli.py", "_print_result"): _invariants_marked,
    ("kiosk/db_cli.py", "cmd_db_copy"): _invariants_marked,
    ("kiosk/services/journal_text.py", "describe"):
        lambda trees: [] if _marked_only(_module_tables(
            trees["kiosk/services/journal_text.py"])["PATTERNS"]) else ["journal_text.PATTERNS"],
}


def _functions(tree: ast.Module) -> Iterator[tuple[str, ast.AST]]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                yield node.name, inner


def _calls_by_name(trees: dict[str, ast.Module]) -> dict[str, list[ast.Call]]:
    calls: dict[str, list[ast.Call]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if name:
                    calls.setdefault(name, []).append(node)
    return calls


def _marked_by_every_caller(function: ast.AST, parameter: str,
                            calls: dict[str, list[ast.Call]]) -> bool:
    """``parameter`` of ``function`` is a QT_TRANSLATE_NOOP text at every call in kiosk/."""
    names = [a.arg for a in function.args.posonlyargs + function.args.args]
    if parameter not in names:
        return False
    position = names.index(parameter)
    sites = calls.get(function.name, [])
    for call in sites:
        given = [k.value for k in call.keywords if k.arg == parameter]
        argument = call.args[position] if position < len(call.args) else (given or [None])[0]
        if not _called(argument, MARKER):
            return False
    return bool(sites)


def tr_problems(path: str, tree: ast.Module,
                calls: dict[str, list[ast.Call]] | None = None) -> list[str]:
    """The tr() calls of one module that lupdate cannot see (``calls``: every call in the
    package by function name, to follow a parameter to what its callers pass)."""
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            problems += [f"{path}:{c.lineno}: tr() inside an f-string: {ast.unparse(c)}"
                         for c in ast.walk(node) if _called(c, "tr")]
    tables = _module_tables(tree)
    where = {id(inner): name for name, inner in _functions(tree)}
    enclosing = {id(inner): function for function in ast.walk(tree)
                 if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
                 for inner in ast.walk(function)}

    def from_marked_table(expression: ast.AST | None, function: ast.AST | None) -> bool:
        """``TABLE[key]`` or ``TABLE.get(key)`` of a marked module table, or a local name
        every assignment of which is one."""
        if isinstance(expression, ast.Subscript):
            expression = expression.value
        elif (isinstance(expression, ast.Call) and isinstance(expression.func, ast.Attribute)
              and expression.func.attr == "get"):
            expression = expression.func.value
        elif isinstance(expression, ast.Name) and function is not None:
            values = [n.value for n in ast.walk(function) if isinstance(n, ast.Assign)
                      and any(isinstance(t, ast.Name) and t.id == expression.id
                              for t in n.targets)]
            if values and all(from_marked_table(v, None) for v in values):
                return True
        return (isinstance(expression, ast.Name) and expression.id in tables
                and _marked_only(tables[expression.id]))

    for node in ast.walk(tree):
        if not _called(node, "tr") or (node.args and _literal(node.args[0])):
            continue
        argument = node.args[0] if node.args else None
        function = enclosing.get(id(node))
        if from_marked_table(argument, function):
            continue  # a module-level table of QT_TRANSLATE_NOOP texts
        if (isinstance(argument, ast.Name) and function is not None and calls is not None
                and _marked_by_every_caller(function, argument.id, calls)):
            continue  # a parameter every caller passes a QT_TRANSLATE_NOOP text in
        if (path, where.get(id(node))) in DYNAMIC:
            continue  # checked by DYNAMIC's own test below
        problems.append(f"{path}:{node.lineno}: tr() of a text lupdate cannot see: "
                        f"{ast.unparse(node)} (mark the possible texts with {MARKER})")
    return problems


@pytest.fixture(scope="module")
def trees() -> dict[str, ast.Module]:
    return dict(_modules())


@pytest.mark.slow  # every module parsed and walked
def test_no_tr_that_lupdate_cannot_see(trees):
    calls = _calls_by_name(trees)
    problems = [p for path, tree in trees.items() for p in tr_problems(path, tree, calls)]
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_the_allowed_dynamic_tr_calls_get_marked_texts(trees):
    for (path, function), check in DYNAMIC.items():
        assert any(isinstance(n, ast.FunctionDef) and n.name == function
                   for n in ast.walk(trees[path])), f"{path}: no {function}() any more"
        assert not check(trees), f"{path} {function}: unmarked texts {check(trees)}"


def test_the_check_finds_what_lupdate_misses():
    tree = ast.parse('x = f"{tr(\'By owner\')}"\ny = tr(label)\n'
                     'NAMES = {"a": "plain"}\nz = tr(NAMES[k])\n'
                     'OK = {"a": QT_TRANSLATE_NOOP("c", "marked")}\nw = tr(OK[k])\n'
                     'def f(k):\n    s = OK.get(k)\n    return tr(s)\n'
                     'def g(k):\n    s = NAMES.get(k)\n    return tr(s)\n'
                     'def both(text):\n    return tr(text)\n'
                     'both(QT_TRANSLATE_NOOP("c", "marked"))\n'
                     'def loose(text):\n    return tr(text)\n'
                     'loose(QT_TRANSLATE_NOOP("c", "marked"))\nloose("plain")\n')
    found = tr_problems("m.py", tree, _calls_by_name({"m.py": tree}))
    assert [p.split(":")[1] for p in found] == ["1", "2", "4", "12", "17"], found


@pytest.mark.slow
def test_every_literal_reaches_lupdate(trees):
    """Each literal tr()/QT_TRANSLATE_NOOP text is one lupdate collected (nothing it skips)."""
    collected = set(extract_sources())
    texts = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if _called(node, "tr") and node.args and _literal(node.args[0]):
                texts.add(node.args[0].value)
            elif _called(node, MARKER) and len(node.args) == 2 and _literal(node.args[1]):
                texts.add(node.args[1].value)
    assert len(texts) > 500
    assert not texts - collected, sorted(texts - collected)


def test_one_thai_for_each_english_source():
    seen: dict[str, tuple[str, str]] = {}
    duplicates = []
    for path in sorted(CATALOGUE_DIR.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            source, thai = (_unescape(part) for part in line.split("\t"))
            if source in seen:
                duplicates.append(f"{source!r}: {seen[source][0]} and {path.name}:{number}")
            else:
                seen[source] = (f"{path.name}:{number}", thai)
    assert not duplicates, "English source given Thai twice:\n" + "\n".join(duplicates)



def test_what_a_person_typed_is_in_double_quotes():
    """The glossary: double quotes, not single, around what the user typed ({text}, {name})."""
    import re
    single = re.compile(r"'\{\w*\}'|‘\{\w*\}’")
    wrong = []
    for path in sorted(CATALOGUE_DIR.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#") and single.search(line):
                wrong.append(f"{path.name}:{number}: {line}")
    assert not wrong, "\n".join(wrong)
