"""Carried occasions: the channel, addressee and time a statement takes from a scene or from the statement it continues.

``occasions`` (the entry point, ``carry_occasions``) with its carrier (``carrier``, put together from
``carrier_state``, ``told_before``, ``kept_days``, ``open_scenes``, ``joining`` and ``lapses``), ``occasion_records``,
``carried_channels``, ``carried_addressees``, ``carried_times``, ``partly_stated``, ``sayings`` and ``namesakes``;
``scenes`` (scene settings, the entry point) with ``scene_parts``, ``sentence_settings``, ``scene_days``,
``group_scenes``, ``where_scenes``, ``scene_roles`` and ``questioned``; and the learned tagger of
occasion phrases (``occasion_tagger``) with the phrases it offers the carrying (``tagged``); after the carrying and
the tagger's fills, the channel a continuation ("he added") takes from its speaker's words just before (``continued``).

Scenes told in narration, for the people heard in them next: ``lede_sessions`` (a sitting, hearing, debate or trial
the story narrates), ``roundups`` (a field's day), ``event_days`` (an event's day), ``narrated_scenes`` (a fronted
phrase of place and time), ``gatherings`` (a dated gathering spoken in) and ``story_scene`` (the story's own scene and
day). Who takes part in an occasion they did not set (``taking_part``, with the forms of ``scene_turns``), what of it a
later statement carries (``as_carried``), occasions named again as known (``named_again``), the one a passive
question is put to (``asked_passive``), and the learned fallback for a time the rules leave empty (``learned_times``).

Direction: ``carrying`` is the highest group. It reads what a statement's sentence states
(``stated``), the coreference of ``speakers`` and the shared modules at ``nlp/resolve``'s top; neither
``stated`` nor ``speakers`` imports it. ``tests/test_layers.py`` checks it.
"""
