"""The concurrent package: only its futures submodule is provided."""
