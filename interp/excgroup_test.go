package interp

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// excGroupProgram raises a group that holds what an except* clause raised
// and is itself raised while another group is handled: nested boxes, a
// context inside a box, a context already printed, and a note.
const excGroupProgram = `def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
e = ValueError("v")
e.add_note("a note")
try:
    f()
except ExceptionGroup as g:
    raise BaseExceptionGroup("top", [g, e, KeyboardInterrupt()])
`

// excGroupTraceback is what python3 3.11 prints for excGroupProgram.
const excGroupTraceback = `  + Exception Group Traceback (most recent call last):
  |   File "main.py", line 9, in <module>
  |     f()
  | ExceptionGroup:  (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "main.py", line 3, in f
    |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    | ExceptionGroup: eg (1 sub-exception)
    +-+---------------- 1 ----------------
      | ValueError: 1
      +------------------------------------
    | 
    | During handling of the above exception, another exception occurred:
    | 
    | Traceback (most recent call last):
    |   File "main.py", line 5, in f
    |     raise KeyError("k")
    | KeyError: 'k'
    +---------------- 2 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "main.py", line 3, in f
    |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    | ExceptionGroup: eg (1 sub-exception)
    +-+---------------- 1 ----------------
      | TypeError: 2
      +------------------------------------

During handling of the above exception, another exception occurred:

  + Exception Group Traceback (most recent call last):
  |   File "main.py", line 11, in <module>
  |     raise BaseExceptionGroup("top", [g, e, KeyboardInterrupt()])
  | BaseExceptionGroup: top (3 sub-exceptions)
  +-+---------------- 1 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "main.py", line 9, in <module>
    |     f()
    | ExceptionGroup:  (2 sub-exceptions)
    +-+---------------- 1 ----------------
      | Traceback (most recent call last):
      |   File "main.py", line 5, in f
      |     raise KeyError("k")
      | KeyError: 'k'
      +---------------- 2 ----------------
      | Exception Group Traceback (most recent call last):
      |   File "main.py", line 3, in f
      |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
      | ExceptionGroup: eg (1 sub-exception)
      +-+---------------- 1 ----------------
        | TypeError: 2
        +------------------------------------
    +---------------- 2 ----------------
    | ValueError: v
    | a note
    +---------------- 3 ----------------
    | KeyboardInterrupt
    +------------------------------------
`

func TestFormatExceptionGroup(t *testing.T) {
	_, err := run(t, excGroupProgram)
	require.Error(t, err)
	assert.Equal(t, excGroupTraceback, FormatException(err))
	var w bytes.Buffer
	assert.Equal(t, 1, ExitStatus(err, &w))
	assert.Equal(t, excGroupTraceback, w.String())
}

// Past 15 sub-exceptions and 10 levels of nesting CPython prints a
// summary.
func TestFormatExceptionGroupLimits(t *testing.T) {
	_, err := run(t, "raise ExceptionGroup('w', [ValueError(i) for i in range(17)])\n")
	require.Error(t, err)
	text := FormatException(err)
	assert.Contains(t, text, "    +---------------- 15 ----------------\n    | ValueError: 14\n"+
		"    +---------------- ... ----------------\n    | and 2 more exceptions\n    +------------------------------------\n")
	assert.NotContains(t, text, "ValueError: 15")

	_, err = run(t, "e = ValueError()\nfor i in range(12):\n    e = ExceptionGroup(str(i), [e])\nraise e\n")
	require.Error(t, err)
	text = FormatException(err)
	assert.Contains(t, text, "ExceptionGroup: 2 (1 sub-exception)\n")
	assert.Contains(t, text, "| ... (max_group_depth is 10)\n")
	assert.NotContains(t, text, "ExceptionGroup: 1 (1 sub-exception)")
}
