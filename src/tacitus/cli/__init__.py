"""The `tacitus` command line."""
