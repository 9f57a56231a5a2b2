"""The resolving stage's parts: mentions, name clustering, gender, pronouns, descriptions, channels, time."""
