"""Adult social care complaints mailbox bot.

The flow, one folder or module per stage:
mailbox (``bot/intake``) -> archive (``bot/archive.py``) -> parse (``bot/parse``)
-> classify (``classifiers/``) -> route (``bot/route.py``) -> act (``bot/act``)
-> store (``bot/store.py``).  ``scheduler/`` drives the periodic work.
"""

__version__ = "0.2.0"
