"""How an IT admin watches the bot without reading its code (docs/deploy.md).

* ``logs``: plain-text or JSON-lines logs carrying case references and message ids;
* ``health``: when the bot last finished a mailbox poll (``complaints-bot health``, ``/healthz``, doctor);
* ``metrics``: Prometheus metrics with ``prometheus_client``;
* ``http``: the small localhost endpoint serving ``/healthz`` and ``/metrics``;
* ``outage``: one email to the admin when the mailbox or sending has been down too long, one on recovery;
* ``sdnotify``: systemd's readiness and watchdog notifications.
"""
