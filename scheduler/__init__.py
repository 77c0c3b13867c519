"""The process engine: working-day calendar, process definitions and deadline logic."""
