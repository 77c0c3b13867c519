"""The act stage: what the bot does about a message — letters and forwards, through the outbox."""
