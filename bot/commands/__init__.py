"""Officer commands: the same actions by email reply or from the CLI.

``grammar`` turns a line into a Command; ``reply`` finds the command lines at
the top of an officer's reply; ``tokens`` issues and checks the per-case,
per-team address an officer replies to; ``auth`` decides whether a reply may
command a case at all; ``execute`` carries a Command out on the case.
"""
