"""Files and CSV text: never half a file under a final name, every double read back exactly."""

from __future__ import annotations

import math
import struct
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sigmoid_tui.core.csv_values import distinct_doubles, format_rows
from sigmoid_tui.core.new_file import write_new_file


def digits(text: str) -> str:
    """The significant digits of a number's spelling: '0.000045' and '4.5e-05' both '45'."""
    mantissa = text.lower().lstrip("+-").split("e")[0].replace(".", "")
    return mantissa.strip("0") or "0"


def bits(value: float) -> int:
    """The double's 64 bits, so that -0.0 and 0.0 differ."""
    return int(struct.unpack("<q", struct.pack("<d", value))[0])


EXTREMES = [
    0.0,
    -0.0,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    2.225073858507201e-308,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    1e16,
    1e15,
    1e-5,
    1e-4,
    0.1,
    1 / 3,
    123456789012345680.0,
]


@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=3, max_size=300))
@settings(max_examples=1000)
@example(EXTREMES)
def test_fast_csv_reads_back_every_double_in_its_shortest_digits(values: list[float]) -> None:
    """orjson's spelling against repr: the same double (bit for bit, -0.0 too), as few digits."""
    values = values[: len(values) // 3 * 3]
    rows = np.array(values, dtype=np.float64).reshape(-1, 3)
    text = format_rows(rows).decode()
    fields = [field for line in text.splitlines() for field in line.split(",")]
    assert text.endswith("\n")
    assert len(fields) == len(values)
    for field, value in zip(fields, values, strict=True):
        assert bits(float(field)) == bits(value), (field, value)
        assert digits(field) == digits(repr(value)), (field, repr(value))


def test_subnormals_and_extremes_by_name() -> None:
    """The smallest subnormal, the largest double, signed zero: each spelled and read back."""
    text = format_rows(np.array(EXTREMES, dtype=np.float64).reshape(-1, 3)).decode()
    fields = text.replace("\n", ",").rstrip(",").split(",")
    assert [bits(float(f)) for f in fields] == [bits(v) for v in EXTREMES]
    assert fields[1] == "-0.0"
    assert fields[2] == "5e-324"


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    """Two files in the same second get two names: the one there stays as it was, the new
    one takes -1."""
    first = write_new_file(tmp_path, "x", ".csv", lambda out: out.write(b"one"))
    second = write_new_file(tmp_path, "x", ".csv", lambda out: out.write(b"two"))
    assert first != second
    assert first.read_bytes() == b"one"
    assert second.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])


class Boom(Exception):
    """A failure halfway through writing."""


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    """Half the rows, then an error: it is raised, and no final file, no temporary file."""

    def write(out: BinaryIO) -> None:
        out.write(b"x,sigmoid,derivative\n1,2,3\n")
        raise Boom

    with pytest.raises(Boom):
        write_new_file(tmp_path, "x", ".csv", write)
    assert list(tmp_path.iterdir()) == []


def test_the_final_name_appears_only_when_complete(tmp_path: Path) -> None:
    """While writing, only a hidden .part file exists; the final name comes at the end."""
    seen: list[list[str]] = []

    def write(out: BinaryIO) -> None:
        out.write(b"a\n")
        out.flush()
        seen.append(sorted(p.name for p in tmp_path.iterdir()))

    final = write_new_file(tmp_path, "x", ".csv", write)
    (during,) = seen
    assert len(during) == 1
    assert during[0].startswith(".x-")
    assert during[0].endswith(".csv.part")
    assert [p.name for p in tmp_path.iterdir()] == [final.name]


@pytest.mark.parametrize(
    ("low", "high", "count"),
    [
        (0.0, 5e-324, 2),
        (-5e-324, 5e-324, 3),
        (-0.0, 0.0, 1),
        (1.0, 1.0, 1),
        (1.0, math.nextafter(1.0, 2.0), 2),
        (-1.0, 1.0, 2 * 4607182418800017408 + 1),
    ],
)
def test_distinct_doubles_counts_every_double_between(low: float, high: float, count: int) -> None:
    """0 to 5e-324 holds two doubles; -0.0 and 0.0 count once; [-1, 1] all between."""
    assert distinct_doubles(low, high) == count
