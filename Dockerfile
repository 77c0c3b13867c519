# The complaints bot in a container.  State (cases, archive, outbox) lives in the
# /var/lib/complaints-bot volume.  To use your own settings, mount a folder holding bot.toml,
# routing.toml and templates/ and set COMPLAINTS_BOT_CONFIG to its bot.toml.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    COMPLAINTS_BOT_HOME=/var/lib/complaints-bot \
    COMPLAINTS_BOT_CONFIG=/opt/complaints-bot/bot.toml

RUN groupadd --system --gid 10001 complaints \
 && useradd --system --uid 10001 --gid complaints --home-dir /var/lib/complaints-bot --shell /usr/sbin/nologin complaints

WORKDIR /opt/complaints-bot
COPY constraints.txt pyproject.toml README.md ./
COPY bot/ bot/
COPY classifiers/ classifiers/
COPY scheduler/ scheduler/
COPY templates/ templates/
COPY tests/data/samples/ tests/data/samples/
COPY routing.toml bot.toml ./
# Installed in place (-e), as `make run` does: the bot reads routing.toml, templates/ and
# scheduler/*.toml beside its code, and a wheel in site-packages would not carry them all.
RUN pip install -c constraints.txt -e . \
 && mkdir -p /var/lib/complaints-bot /etc/complaints-bot \
 && chown complaints:complaints /var/lib/complaints-bot

USER 10001:10001
VOLUME ["/var/lib/complaints-bot"]

HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
  CMD ["complaints-bot", "health"]

ENTRYPOINT ["complaints-bot"]
CMD ["run"]
