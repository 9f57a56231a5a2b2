"""The resolving stage's parts: mentions, name clustering, gender, pronouns, descriptions, work titles,
first-person words in quotes, channels, time."""
