"""Hypothesis strategies shared by the parsing tests."""

from __future__ import annotations

from hypothesis import strategies as st


@st.composite
def timestamp_like(draw: st.DrawFn) -> str:
    """Strings shaped like timestamps, including out-of-range parts and offsets."""
    year = draw(st.integers(0, 9999))
    month = draw(st.integers(0, 13))
    day = draw(st.integers(0, 32))
    hour = draw(st.integers(0, 25))
    minute = draw(st.integers(0, 61))
    second = draw(st.integers(0, 61))
    fraction = draw(
        st.sampled_from(
            ["", ".0", ".019", ".123456789", ".000.019", ".1234564", ".1234565", ".9999995"]
        )
    )
    zone = draw(
        st.sampled_from(["", "Z", "z"])
        | st.builds(
            "{}{:02d}{}{:02d}".format,
            st.sampled_from("+-"),
            st.integers(0, 99),
            st.sampled_from(["", ":"]),
            st.integers(0, 99),
        )
    )
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{fraction}{zone}"
