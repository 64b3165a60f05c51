#!/usr/bin/env bash
# Regenerates the conformance goldens from CPython 3.11.
#
# For every conformance/<topic>/<name>.py it runs `python3 <name>.py` from inside
# the program's directory (so tracebacks say File "<name>.py") and writes:
#   <name>.py.out   stdout, always
#   <name>.py.err   stderr, only when the exit status is non-zero
#   <name>.py.code  the exit status, only when it is non-zero
# Stale .err/.code files are removed when a program now exits 0.
#
# Since 3.9 CPython makes the main script's path absolute, so its tracebacks say
# File "/abs/dir/<name>.py" (and warnings "/abs/dir/<name>.py:<line>: ..."); the
# directory prefix is stripped from .err so the
# goldens are machine-independent and match `File "<name>.py"`.
#
# Usage: scripts/goldens.sh [glob]   (glob filters relative paths, e.g. 'gen/*')
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="$root/conformance"
python="${PYTHON:-python3}"

version="$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')" || {
	echo "goldens.sh: cannot run $python" >&2
	exit 1
}
case "$version" in
3.11.*) ;;
*)
	echo "goldens.sh: $python is $version; the goldens must come from CPython 3.11.x" >&2
	exit 1
	;;
esac

export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
unset PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS PYTHONOPTIMIZE PYTHONSAFEPATH

filter="${1:-*}"
count=0
failed=0
while IFS= read -r -d '' prog; do
	rel="${prog#"$suite"/}"
	# shellcheck disable=SC2053 # the filter is a glob on purpose
	[[ "$rel" == $filter ]] || continue
	dir="$(dirname "$prog")"
	name="$(basename "$prog")"
	status=0
	(cd "$dir" && timeout 60 "$python" "$name" </dev/null >"$name.out" 2>"$name.err.tmp") || status=$?
	if [[ $status -eq 124 ]]; then
		echo "goldens.sh: $rel timed out" >&2
		failed=1
	fi
	if [[ $status -ne 0 ]]; then
		"$python" -c '
import re, sys
path, prefix = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    text = f.read()
text = text.replace("File \"" + prefix, "File \"")
text = re.sub("(?m)^" + re.escape(prefix), "", text)  # warnings: "<path>:<line>: ..."
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
' "$dir/$name.err.tmp" "$dir/"
		mv "$dir/$name.err.tmp" "$dir/$name.err"
		echo "$status" >"$dir/$name.code"
	else
		if [[ -s "$dir/$name.err.tmp" ]]; then
			echo "goldens.sh: $rel exited 0 but wrote to stderr:" >&2
			cat "$dir/$name.err.tmp" >&2
			failed=1
		fi
		rm -f "$dir/$name.err.tmp" "$dir/$name.err" "$dir/$name.code"
	fi
	count=$((count + 1))
done < <(find "$suite" -name '*.py' -type f -print0 | sort -z)

echo "goldens.sh: $count programs, CPython $version"
exit "$failed"
