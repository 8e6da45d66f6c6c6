#!/usr/bin/env python3
"""Fills the English plural forms in crewplan_en.ts that lupdate left unfinished.

The source text is written with Qt's %n and a "(s)" where the noun takes a plural
("%n slot(s)"), or with "%n people"; English gives each a singular and a plural:
"%n slot" / "%n slots", "%n person" / "%n people". Forms already filled are kept, so a
form corrected by hand stays corrected. Run after `cmake --build --target update_translations`.
"""
import html
import pathlib
import re
import sys

# Singular forms beyond dropping "(s)": the verb agrees, "people" becomes "person".
SINGULAR = [
    ("%n people are", "%n person is"),
    ("%n people", "%n person"),
    ("%n pages", "%n page"),
    ("(s) have", " has"),
    ("(s)", ""),
    ("(es)", ""),
]


def singular(text: str) -> str:
    for old, new in SINGULAR:
        text = text.replace(old, new)
    return text


def plural(text: str) -> str:
    return text.replace("(s)", "s").replace("(es)", "es")


def fill(match: re.Match) -> str:
    source = html.unescape(match.group("source"))
    forms = [singular(source), plural(source)]
    body = "".join(
        f"\n            <numerusform>{html.escape(form, quote=False)}</numerusform>" for form in forms
    )
    return (
        f"{match.group('head')}<translation>{body}\n        </translation>"
    )


def main(path: str) -> int:
    ts = pathlib.Path(path)
    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(
        r'(?P<head><message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
        r'<translation type="unfinished">\s*(?:<numerusform></numerusform>\s*)*</translation>',
        re.S,
    )
    filled, count = pattern.subn(fill, text)
    ts.write_text(filled, encoding="utf-8")
    print(f"{ts.name}: filled {count} plural message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/crewplan_en.ts"))
