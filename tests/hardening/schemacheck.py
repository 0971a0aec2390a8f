#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks report packs against a JSON Schema (version 1 or 2) with Debian's python3-jsonschema.
# usage: schemacheck.py SCHEMA FILE...   prints "valid<TAB>FILE" or "invalid<TAB>FILE<TAB>why"
# per file; exit 0, or 3 when jsonschema is missing (the test then skips).
import json
import sys

# Debian's package first, even when a pip copy shadows it.
sys.path.insert(0, "/usr/lib/python3/dist-packages")
try:
    import jsonschema
except ImportError:
    sys.exit(3)


def reject_constant(name):
    raise ValueError("not JSON: " + name)


def strict_pairs(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
for path in sys.argv[2:]:
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")  # strict: invalid UTF-8 is not JSON
        if text.startswith("\ufeff"):
            raise ValueError("byte order mark")
        data = json.loads(text, parse_constant=reject_constant, object_pairs_hook=strict_pairs)
    except (ValueError, UnicodeDecodeError) as e:
        print("invalid\t%s\t%s" % (path, str(e).splitlines()[0][:120]))
        continue
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    if errors:
        print("invalid\t%s\t%s" % (path, errors[0].message[:120].replace("\n", " ")))
    else:
        print("valid\t%s" % path)
