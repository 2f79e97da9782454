"""Event coding: CAMEO/PLOVER tables and the event coder."""
