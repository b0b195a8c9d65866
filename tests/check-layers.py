#!/usr/bin/env python3
# Checks that the core's folders depend on each other only as the design says (README,
# Layout): every `#include "folder/nd-x.h"` in src/core/FOLDER/ must name FOLDER itself or a
# folder it may use, the core never includes GTK or the application, and the CLI uses the
# core only. Prints each violation and exits 1 if there is any.
import os
import re
import sys

# What each folder of src/core may include besides itself. Acyclic by construction: each
# folder names only folders listed before it.
ALLOWED = {
    'util': [],
    'model': ['util'],
    'formats': ['model', 'util'],
    'load': ['formats', 'model', 'util'],
    'search': ['model', 'util'],
    'quotes': ['formats', 'model', 'util'],
    'dates': ['model', 'util'],
    'compare': ['dates', 'quotes', 'search', 'model', 'util'],
}

INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^>"]+)[>"]', re.M)


def sources(folder):
    for dirpath, _, names in os.walk(folder):
        for name in sorted(names):
            if name.endswith(('.c', '.h')):
                yield os.path.join(dirpath, name)


def check_core(core, problems):
    folders = sorted(d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d)))
    for folder in folders:
        if folder not in ALLOWED:
            problems.append('src/core/%s/: a folder the layering does not know' % folder)
            continue
        for path in sources(os.path.join(core, folder)):
            text = open(path, encoding='utf-8').read()
            for kind, name in INCLUDE.findall(text):
                if kind == '<':
                    if name.startswith(('gtk/', 'gdk/', 'adwaita')):
                        problems.append('%s: the core includes <%s>' % (path, name))
                    continue
                if '/' not in name:
                    if name.startswith('nd-') and name != 'nd-resources.h':
                        problems.append('%s: "%s" does not say its folder' % (path, name))
                    continue
                used = name.split('/')[0]
                if used != folder and used not in ALLOWED[folder]:
                    problems.append('%s: %s/ may not use %s/ ("%s")' % (path, folder, used, name))


def check_cli(cli, core, problems):
    for path in sources(cli):
        text = open(path, encoding='utf-8').read()
        for kind, name in INCLUDE.findall(text):
            if kind == '<' and name.startswith(('gtk/', 'gdk/')):
                problems.append('%s: the CLI includes <%s>' % (path, name))


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'src')
    problems = []
    check_core(os.path.join(src, 'core'), problems)
    check_cli(os.path.join(src, 'cli'), os.path.join(src, 'core'), problems)
    for problem in problems:
        print(problem)
    print('layers: %d problems' % len(problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
