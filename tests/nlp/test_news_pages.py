"""Real-looking news pages in HTML end to end (tests/fixtures/news-pages, written for these tests):
the page is read as ``quotegraph extract`` reads it, then each expected statement is checked for its
speaker, kind, channel, addressee and time, and the page furniture (bylines, photo captions, related
links, embeds' credit lines, pull quotes, share bars) must become no statement, source or speaker.

Expectations are in ``expected.json``; a statement is the attribution whose content holds the given
words. A channel or addressee is right when the system's channel or addressee holds it as whole words
(occasion.md lets either carry an outlet or an audience), a time when the system's time does
(``statement_parts.part_holds``). Known misses are strict xfails with why: the tuned pages' in ``KNOWN_MISSES``
below, the held-out pages' (``experiments/news_pages/held_out.txt``) in ``known-misses-held-out.json`` beside the
pages, a file apart so that a round mending a tuned page's miss never reads what a held-out page missed.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import quotegraph
from quotegraph.evaluation.occasion import speaker_named
from quotegraph.io import read
from quotegraph.model import Article, Attribution

from .statement_parts import part_holds

pytestmark = pytest.mark.slow

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "news-pages"
EXPECTED: dict[str, Any] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
HELD_OUT = Path(__file__).resolve().parents[2] / "experiments" / "news_pages" / "held_out.txt"
HELD_OUT_MISSES: dict[str, str] = json.loads((PAGES / "known-misses-held-out.json").read_text(encoding="utf-8"))
# The six pages the checkpages round wrote blind in the forty-third set: the set's second check set, counted
# before any round read them; their failing statements are recorded here unread, for the next set to diagnose.
_CHECKPAGES = "checkpages: check page, not yet diagnosed"
KNOWN_MISSES: dict[str, str] = {
    "earnings-call.html:margins to recover": "a second executive on the same conference call does not carry "
    "the call: only a named scene noun carries to others, and 'said' after a paragraph break is a new occasion",
    "wire-ministries.html:expects its neighbours to honour": "'the statement said, according to a Meridian "
    "translation': the speaker is the ministry (the statement named just before) and the kind is right (the inner "
    "cue is left out of it, nested.INNER_KIND), but the channel is the translation, not the statement that is the "
    "inner subject (circumstances.py)",
    "author-feature.html:sit down in front of a blank page": "the book's acknowledgements, named for a written "
    "statement in between, are carried instead of the interview over coffee",
    "chef-profile.html:I was not a good boss then": "the time is a when-clause of the sentence before, whose verb "
    "('she put down her knife') is no saying: nothing carries it to the quote; and the finder makes the clause's "
    "'I asked about the lawsuit' a statement of its own (content 'the lawsuit'), so the sentence holds a statement and "
    "no person's moment is read from it (scene_days.a_person_s_moment reads only a weekday, for a clause's own "
    "subject)",
    "assault-case.html:only pushed": "the headline ('Ex-coach charged in parking-lot assault told deputies he 'only "
    "pushed' the victim, affidavit says') is parsed with 'Ex', '-' and 'coach' as three subjects, so the inner "
    "speaker is 'Ex' (the finder); the kind is right (the headline's single quotation marks, quotes.headline_quotes); "
    "the body's statement, whose inner speaker is 'A former high school football coach' named only in the next "
    "sentence ('Dale Hutchins, 47,'), has Dale Hutchins (_NamedAfter.named_after)",
    "appeals-court-ruling.html:a clear win for the state's authority": "'Outside the courthouse in Carverton, the "
    "state's solicitor general, Daniel Kim, told reporters': an opening setting that is no medium or scene noun "
    "(a courthouse is a place) is not read as the channel (channels.py); speaker, kind and addressee are right",
    "open-letter-radio-reply.html:put lives at risk": "'The letter, published on Sunday and addressed to Environment "
    "Minister Claire Dunmore, says': the speaker is now the letter's signers ('More than 300 scientists', through "
    "'an open letter' of the first sentence), which a reader may well accept, but not the letter the expectation "
    "names; the addressee and time are right",
    "tech-keynote.html:most personal computer": "'said on stage': 'on stage' is no medium (on PolNeAR train it is "
    "mostly where people stand or are booed, and 'said on stage at the Democratic National Convention' would lose "
    "the convention), so the conference of the sentence before is carried instead",
    "tech-keynote.html:would go on sale in March": "the conference is carried, not 'on stage' (see 'most personal "
    "computer')",
    "sentencing-hearing.html:a choice, not a mistake": "the sentencing 'on Friday at Ridgeway Crown Court' is told by "
    "a sentence with no statement and no scene noun ('was jailed for nine years on Friday'), so its day is not "
    "carried to the judge (occasions.py, scenes.py; the addressee is right)",
    "sentencing-hearing.html:campaign for a lower drink-drive limit": "an opening 'Outside court,' is not read as the "
    "channel (as appeals-court-ruling's 'Outside the courthouse'): PolNeAR train 0-59's annotator gives no channel "
    "to 'Bush tells reporters outside a polling location', so no rule was written for it (channels.py)",
    "resignation-letters.html:defend the indefensible": "the headline ('Transport minister quits ..., saying she "
    "'cannot defend the indefensible'') holds the words first; its single quotation marks are read as a quote now "
    "(quotes.py, headline_quotes), so the kind is right, but the lede's 'on Wednesday evening' is not carried back to "
    "the headline's statement (occasions.py); the speaker is right ('Transport minister Ruth Kellaway' of the lede, by "
    "her title)",
    "resignation-letters.html:Ask me in a year": "'Asked by Westminster Today outside her home in Bristol on "
    "Thursday whether ..., she laughed.': since timepages the opening clause, with its own day, dates the quote after "
    "it and ends the resignation letter's occasion (scenes.OPENING_MOMENTS), so the time is right; but whom she was "
    "asked by ('Westminster Today', the agent of 'Asked') is not carried with it as the addressee",
    "boat-seizure-translated.html:Fishermen are not bargaining chips": "the phone call of the sentence before is not "
    "carried ('Fujimura said, according to the transcript'): the transcript is taken as the channel (occasions.py); "
    "the speaker and the kind are right (nested.INNER_KIND)",
    "funeral-eulogy.html:asked the crew": "'stopped to speak to reporters outside the church', a sentence with no "
    "content, is not carried to the quotes after it (sentence_settings.py, occasions.py: a medium read out sets the "
    "reader's channel, an addressee spoken to sets nothing); the speaker is right",
    "funeral-eulogy.html:see that again": "the reporters of 'stopped to speak to reporters' are not carried: see "
    "'asked the crew'",
    "question-time-sketch.html:not parliamentary language": "Prime Minister's Questions is opened by the sentence with "
    "no statement before it and holds the exchanges after it (told to the House or members, a reply, a question: "
    "occasions.OPEN_SCENES), but not the Speaker's 'ruled that', told to no one (his 'told members to calm themselves' "
    "after it is right)",
    "opinion-column.html:212,000 homes were completed": "'It is not, and he knows it is not: official figures "
    "published on Thursday show that ...': the cue tagger gives 'show' no cue here and takes the figures' clause "
    "into the content of 'knows', so the speaker is the minister and no time (the find rules)",
    "opinion-column.html:how you find out who is serious": "'he said' after 'The prime minister's answer, when I "
    "asked him about it at a reception in Downing Street in October, was characteristically brisk.' resolves to "
    "Mark Ellery of the paragraph before: the description 'The prime minister', with no one named or described so "
    "before, falls back to the salient named person (coref._definite_link), Ellery, and 'him' and 'he' follow it "
    "(keeping out a person described by another noun gave it to Daniel Reyes, 'The housing minister', whose role "
    "key is the same head noun, 'minister'; tried in speakers round 14, dropped); the reception and October of that "
    "sentence, which has no statement, are not carried (scenes.py, occasions.py)",
    "opinion-column.html:Of course it has": "'he wrote' after 'Tom's dentist, for the record, has just closed.' "
    "resolves to Mark Ellery, not Tom: Ellery holds the prime minister's mentions of the paragraph before (see 'how "
    "you find out who is serious'), which outweigh Tom's possessive (coref salience); the time 'when I told him' is "
    "right",
    "bakery-family-feud.html:delay any vote": "'His sister said' after Owen Pryce's paragraph: a kin noun owned by a "
    "pronoun is not linked to the one person the article names in that kinship ('His daughter, Helen Pryce,' names "
    "her as Walter's daughter, never as Owen's sister; speakers / coref)",
    "dairy-takeover-bid.html:would not raise its offer": "'Halvorsen Foods' is tagged as no entity by the named-entity "
    "tagger, so the short 'Halvorsen' has no longer name to join (mentions.py); kind right",
    "dairy-takeover-bid.html:save 120 million euros": "'the bidder' (a role noun since speakers round 11) finds the "
    "bidder, but only by its short name 'Halvorsen': 'Halvorsen Foods' is no entity (see 'would not raise its "
    "offer'; mentions.py); the channel is right",
    "retraction-notice.html:still stands": "the standfirst ('... is withdrawn; its lead author says the finding still "
    "stands') holds the words first; its 'its lead author' is now linked to 'The lead author, Dr. Oren Falk' of the "
    "body (speakers round 7), but the standfirst's present 'says' statement is indirect with no channel or time, while "
    "the body's statement (kind mixed, 'a statement', 'Tuesday evening') is right: a standfirst holding the words of a "
    "body statement (the finder or the page reader)",
    "memoir-excerpt.html:laughed out loud": "no statement: the tokenizer splits 'co-star' of 'Her co-star in "
    "\"Harbor Lights,\" Devon Pike, posted on Instagram that ...' and the parser makes 'co' the sentence's root, the "
    "name a loose dependent of it, 'posted' a participle of the name and the that-clause a relative clause of the "
    "name: neither the cue tagger nor the after-apposition rule (find/cues.py, which needs the name to be the root "
    "with an apposition) sees a cue",
    "earthquake-aid-appeal.html:at least 1,150 people had died": "'said in its latest situation report that ...': the "
    "parser makes 'report' a clausal complement of 'said' and 'situation' the object of 'in', so no medium noun "
    "stands where channels.py looks for one and the content starts at 'its latest situation report' (the speaker "
    "is right)",
    "space-launch.html:First sunrise from up here": "'Noor Haddad posted a photo of the Earth on Instagram a few hours "
    "after reaching orbit. “...,” she wrote in the caption': the channel is right (the caption, stated with 'wrote', "
    "as on flight-diversion.html), but the time 'a few hours after reaching orbit' is not found on the statement the "
    "finder makes of 'posted a photo ... on Instagram' (stated_times.py time functions)",
    "shareholder-agm-heckler.html:I understand the anger in this room": "the lede's annual general meeting is in a "
    "sentence that holds a statement (Halvard Energy's), so it opens no scene for the exchanges after it "
    "(occasions.OPEN_SCENES; the heckler, 'a shareholder in the third row', takes part in it since sceneparts: "
    "scene_turns.IN_THE_ROOM), and the quote's own time ('once the hall had quietened') would keep it from one; "
    "speaker, kind and addressee are right",
    "procurement-emails.html:to favour friend": "the headline 'Health official told staff to favour friend's firm "
    "in £40m tender, leaked emails show' is found now as the statement of the inverted 'leaked emails show' (cues.py: "
    "a headline ends its line with no full stop; a participle before the document's noun), kind and channel right, "
    "but the parser runs the headline into nonsense ('to favour' a preposition, 'show' a clause of 'told'), so "
    "nested.py finds no inner report to give the speaker 'Health official' and the addressee 'staff'",
    "snow-day.html:crews had been out since 10 p.m. on Tuesday": "sealed page, first run: 'reporters' of the next "
    "sentence ('he told reporters at the county garage') is not carried back to the same speaker's statement just "
    "before it (occasions.py); speaker, kind and time are right",
    "referee-audio-release.html:The line is drawn and it's offside": "new page, first run: 'Orme replies' in the "
    "recorded exchange does not carry 'the recording' from Dunmore's line before: only a scene carries to another "
    "speaker, and a recording is a medium (carrying); speaker and kind are right",
    "payments-outage.html:All payment services are operating normally": "sealed page: 'The all-clear came at 6:31 "
    'p.m.: "All payment services are operating normally," the page said.\': since cues round 18 the content starts at '
    "the quote (adjacent_quotes.past_colon_lead_in: a lead-in with no verb of saying is the writer's), so the kind is "
    "right, but the lead-in's '6:31 p.m.', now outside the content and before the quote, is not read as the "
    "statement's time (circumstances.py), so the time carried from the update before ('Three hours later') stands; "
    "since speakers round 13 the page is Tillpoint's, through the page (resolving_documents._posted_on_before)",
    "plagiarism-inquiry.html:why passages from the thesis appeared in the book without quotation marks": "sealed "
    "page, first run: 'At its hearing on 14 November, Calloway's counsel, Simon Thackeray KC, told the panel ...' "
    "states the hearing and its day in a sentence that holds Thackeray's statement, so they are his (and carried to "
    "his next quote) but not to the chair's question after it: only a scene opened by a sentence with no statement "
    "carries to the exchanges of others (occasions.OPEN_SCENES); speaker, kind and addressee are right",
    "plagiarism-inquiry.html:must have mixed her files with mine": "sealed page, first run: 'The historian, 61, "
    "said' found the standfirst's unnamed 'A celebrated historian is accused of ...' (coref._definite_link took an "
    "unnamed entity with the same noun however far back), which is never joined to Calloway: the body never names "
    "him with that noun, nor within the sentences named_after reads; since speakers round 14 an unnamed one who "
    "never spoke is passed over, and the one asked in the sentence before ('asked Calloway why ...') answers "
    "(coref._asked_before), so the speaker is right, but the hearing and its day are not carried (see 'why "
    "passages')",
    "plagiarism-inquiry.html:I do not accept that I set out to steal": "sealed page, first run: the speaker was "
    "'A celebrated historian' through 'he' after 'The historian, 61, said' (see 'must have mixed her files'); since "
    "speakers round 14 it is Calloway, but the hearing and its day are not carried (see 'why passages'), and 'told "
    "the panel' gives the panel as channel and addressee",
    "plagiarism-inquiry.html:An apology with my name in it": "sealed page, first run: 'Back at her flat in Salford, "
    "asked by The Lectern what she wants now, Ferrante is quiet ... “...,” she says at last': the speaker is "
    "right, but the statement carries the letter of Ferrante's statement before ('In a letter to Harwick's "
    "vice-chancellor in May 2025, she complained ...'), not the interview at her flat of the lede ('told The Lectern "
    "in an interview at her flat in Salford last month') that 'Back at her flat' returns to (occasions.py)",
    "climber-death.html:Ferris had collapsed in his tent at Camp 4": "sealed page, first run: the parser reads "
    "'Pasang Dorje Sherpa, called base camp by satellite phone at 4 p.m. on Wednesday to say that ...' as a participle "
    "on the name ('called' = named, 'base camp' its predicate, 'by satellite phone' its agent), so the finder gave the "
    "medium as the source; since speakers round 14 the named caller speaks through it (speakers._caller_by_medium), "
    "but 'base camp', no object of 'called' in that parse, is no addressee (told_addressees.addressee_of); the time "
    "'at 4 p.m. on Wednesday' is right since stated17 (a clock time keeps the day right after it)",
    "club-takeover-forum.html:would need £8 million of new investment": "sealed page, first run: 'Minutes of a board "
    "meeting in September, seen by the Evening Press, record that Strand told directors ...': the finder takes the "
    "document's lead-in ('Minutes ... record that') into the content of 'Strand told directors', so the board meeting "
    "and September are inside the words, out of the channel's and time's reach; speaker, kind and addressee are right",
    "club-takeover-forum.html:heard the word exclusivity before": "sealed page, first run: 'On WensumTalk, the "
    "unofficial supporters' message board, a user posting as RiversideRob wrote': the participle 'posting' (of the "
    "description 'a user posting as') is read as the medium cue (channels.py), and the opening 'On WensumTalk', a "
    "name no platform lexicon holds, is not read as the channel; speaker, kind and time are right",
    "council-meeting-coverage.html:41,000 people remained displaced": (
        "sealed page; speaker and channel right since round 23 (an opening participle clause is no source; "
        "'videoconference' a medium): the lead's 'this morning' (the meeting's time) is not carried to a second "
        "briefer, another speaker than the lead's, as nothing makes the meeting a scene; wrong time; expected time "
        "'this morning'; found speaker 'TEMBA NDLOVU, Deputy Humanitarian Coordinator for Kessaria', kind indirect, "
        "'videoconference from port alder | ', time ''"
    ),
    "council-meeting-coverage.html:Aid convoys had twice been turned back": (
        "sealed page; 'he' is Temba Ndlovu since speakers20 (a name in capitals set off before a person's title, "
        "'TEMBA NDLOVU, Deputy Humanitarian Coordinator for Kessaria,', is a person's), and so his videoconference "
        "is carried; the lead's 'this morning' (the meeting's time) is not carried to a second briefer, as nothing "
        "makes the meeting a scene; wrong time; expected time 'this morning'; found speaker 'Temba Ndlovu', kind "
        "indirect, 'videoconference from port alder | ', time ''"
    ),
    "council-meeting-coverage.html:Every convoy we lose": (
        "sealed page; 'he' is Temba Ndlovu since speakers20 (a name in capitals set off before a person's title, "
        "'TEMBA NDLOVU, Deputy Humanitarian Coordinator for Kessaria,', is a person's), and so his videoconference "
        "is carried; the lead's 'this morning' (the meeting's time) is not carried to a second briefer, as nothing "
        "makes the meeting a scene; wrong time; expected time 'this morning'; found speaker 'Temba Ndlovu', kind "
        "direct, 'videoconference from port alder | ', time ''"
    ),
    "hosepipe-ban.html:called on the company's board to forgo bonuses": "sealed page, first run: the content found, "
    "'the company's board to forgo bonuses this year', starts after "
    "the cue 'called on', as PolNeAR train bounds it (cues 21: all 131 'call on' / 'call for' cues of train leave "
    "the cue out of the content), while the page's content holds the cue's words: left by the training convention "
    "(no occasion is expected); wrong found, speaker, kind; expected speaker 'Hugh Okafor'; kind 'indirect'; found "
    "nothing",
    "lottery-winner.html:I checked the numbers eleven times": "sealed page, first run: the headline's statement (\"'I "
    "checked ...': Nebraska school janitor claims ...\") holds the words first; its speaker is the body's Ray Deltoro "
    "since speakers17 (the headline's description restated by the body), and its kind is direct since cues22 (a "
    "headline quote set off by a colon is the words alone); the occasion part: the body's statement has 'the news "
    "conference' and takes the day of the occasion told just before ('On Thursday', pages26), but the headline's "
    "statement, matched first, carries the lede's 'For three weeks' and no channel; wrong "
    "channel, time; expected speaker 'Deltoro'; kind 'direct'; channel 'news conference'; time 'On Thursday'; found "
    "speaker 'Ray Deltoro', kind direct, ' | ', time 'for three weeks'",
    "lottery-winner.html:he plans to keep working until the end of the school year": "sealed page, first run: the "
    "found content runs on into 'because \"those kids ...\"', one mixed "
    "statement where the page annotates an indirect one and a mixed one: PolNeAR train keeps a quoted reason in its "
    "statement (cues 21: 17 contents of train run on into 'because \"...\"'), so the finder does too; its day is "
    "right since pages26; wrong kind; expected kind 'indirect'; found speaker 'Ray Deltoro', kind mixed, 'the news "
    "conference | ', time 'on thursday'",
    "lottery-winner.html:staff were thrilled for him": "sealed page, first run: "
    '\'said ... that Deltoro had "kept ..." and that staff were '
    "thrilled for him': the two that-clauses are found as one mixed content where the page annotates two "
    "statements: PolNeAR train annotates conjoined that-clauses as one content (cues 21: 195 contents of train hold "
    "'and that', none split under one cue), so the finder keeps them one; wrong kind; expected kind 'indirect'; found "
    "speaker 'Dana Whitfield', kind mixed, 'an email | parents', time 'thursday evening'",
    "auction-sale.html:It's not going home with me": "sealed page, first run: the addressee 'the room' is right "
    "since stated17 (a room told as a hall is); the sentence's own clause 'As the pause stretched on' is taken for "
    "the time (occasion.md reads such a clause as the saying's time), where the page wants the sale's 'on Wednesday'; "
    "wrong time; expected time 'on Wednesday'; found speaker 'Rupert Strand', kind direct, ' | the room', time "
    "'as the pause stretched on'",
    "auction-sale.html:whatever the room does": "sealed page: the cue is set inside the clause it reports ('The "
    "telephone bidder, he said, had told staff ...', 'said' a parataxis of 'told'), which no nested report reads; "
    "speakers20 tried 'a quote inside what the inner speaker told or bade is that speaker's' (nested.py): on train-d "
    "it moved 8 speakers, most wrong (Ripert's boss again, Ross to Obama); and the bidder would still be the museum, "
    "as 'only two bidders were left: the Hartley Museum ...' gives the museum the role 'bidder' (a plural noun's "
    "role kept from one entity moved 'the host' of 'Morning Joe hosts Joe Scarborough' on train-d); wrong speaker, "
    "addressee, time; expected speaker 'telephone bidder'; addressee 'staff'; time 'beforehand'; found speaker "
    "'Rupert Strand', kind mixed, 'phone | the gazette', time 'on thursday'",
    "auction-sale.html:very mixed feelings": "sealed page, first run: 'said after the hammer fell that she had "
    "...': the parser makes 'fell' the clausal complement of 'said' (and the that-clause a complement of 'fell'), so "
    "the finder's content starts at 'after the hammer fell' and the time is inside the words, out of the time "
    "reader's reach (the finder, not a scene); wrong time; expected time 'after the hammer fell'; found speaker "
    "'Margaret Thorne-Ellis', kind mixed, ' | ', time ''",
    "oral-argument.html:smelled like a dispensary": "sealed page: the speaker is Dale Hruska since speakers20 (the "
    "dateline's 'ST. PAUL' no name, 'Trooper' a rank before the name the tagger took for a body); the driver set "
    "off after 'told the driver,' is no addressee, and the opening 'When he pulled the car over' no time (channels, "
    "circumstances); wrong addressee, time; expected addressee 'Tyrell Banks'; time 'When he pulled the car over'; "
    "found speaker 'Dale Hruska', kind mixed, 'his report | ', time ''",
    "city-marathon.html:they had run out of cups by 10 a.m.": "sealed page: 'Amsel said volunteers at the mile "
    "18 station had told runners that ...' is parsed with 'volunteers' as the subject of 'said' and 'told' a "
    "relative clause on 'mile' with 'station' its subject, so no nested report is seen (nested1's earlier saying "
    "needs the inner verb reported by the cue); wrong speaker, addressee; expected speaker 'volunteers'; addressee "
    "'runners'; found speaker 'Derek Amsel', kind indirect, ' | ', time ''",
    "festival-premiere-qa.html:the slaughterhouse scene would not be trimmed": "sealed page: Varga's since nested1 "
    "(an earlier saying, 'had insisted ... that', passed on by Mehra); 'during contract talks' is read as the time, "
    "as 'talks' is no scene noun: pages30 tried 'talk' as a scene (train-d channel +1 right / +10 false fills: 'tough "
    "talk', 'pep talks'), and train-d annotates no channel for the same form after a saying ('during Obamacare "
    "talks', 'during the ... debt ceiling talks': both false fills with it), so dropped; wrong channel; expected "
    "speaker 'Varga'; channel 'contract talks'; found speaker 'Ines Varga', kind indirect, ' | ', time 'during "
    "contract talks'",
    "conjoined-twins-surgery.html:see them walk out of here on four legs": "sealed page: wrong addressee; "
    "expected addressee 'couple' (the object of the inner 'had told' is not read as the nested report's addressee); "
    "the speaker is right since speakers round 25 ('That nurse, Angela Ruiz,' names 'a nurse in the neonatal unit', "
    "introductions.DEMONSTRATIVE_NAMING); found speaker 'Angela Ruiz', kind mixed, ' | ', "
    "time 'the night the girls were born'",
    "viking-hoard-treasure.html:I rang Ryan and said": (
        "sealed page, first run: wrong time; expected time 'after the hearing' (stated for 'the older of the "
        "two men', Keith Dunmore since speakers round 25 (picked_out.ONE_OF_A_GROUP, named next with his age), and "
        "carried to his next statement 'he had dug up the first coin', but not on to this quote paragraph after "
        "it: 'after the hearing' names no date, and such a time is carried only MAX_UNDATED_GAP paragraphs from "
        "where it was set; carried on along an unbroken run of the speaker's statements, carry round 22 measured "
        "train-d time 0 right / +10 false fills / +12 misses made wrong, dropped); found speaker 'Keith Dunmore', "
        "kind direct, ' | ', time ''"
    ),
    "viking-hoard-treasure.html:she had never given permission to detect in that part of the field": (
        "sealed page, first run: wrong channel; expected channel 'solicitor' (not a carried scene: 'said "
        "through her solicitor' names a person after 'through', which the channel finder takes as no medium);"
        " found speaker 'Margaret Yelland', kind indirect, ' | ', time ''"
    ),
    "wind-farm-inquiry.html:she would walk the site": "sealed page, first run (not yet diagnosed): wrong channel; "
    "expected channel 'inquiry at Y Plas in Machynlleth'; since latenamed2 the lede's barrister is Greaves "
    "(resolving_reread.LEDE_NAMES_PAST_OTHER_TITLES), so the lede's inquiry and Tuesday, carried to her as the lede's "
    "speaker's before, are no longer hers: wrong time as well; found speaker 'Helen Probert', kind mixed, ' | ', "
    "time ''",
    "wind-farm-inquiry.html:wind speeds on the ridge were among the best recorded": (
        "sealed page, first run: speaker right since pages35 ('Nicholas Greaves KC': the name had ended "
        "before 'Greaves', tagged as a verb); time right since latenamed2 (his lede statement's inquiry and "
        "Tuesday carried), but so is the lede's channel over his stated 'opening submissions'; wrong channel: "
        "expected 'opening submissions', found 'a public inquiry | a public inquiry', time 'on tuesday'"
    ),
    "wind-farm-inquiry.html:This is not a site that was chosen on a map in Cardiff": (
        "sealed page, first run: speaker right since pages35 (see 'wind speeds'); wrong channel, addressee, "
        "time: expected channel 'opening submissions', addressee 'inspector' ('he told the inspector' is not "
        "read), time 'on Tuesday'; found ' | ', time ''"
    ),
    "wind-farm-inquiry.html:his family had farmed at Cwm Nant": "sealed page, first run; diagnosed pages37: the "
    "clause after 'told the inquiry' is found "
    "(reported_clauses._complement_read_as_zero_relative) when the quotation ends in it (without the marks the "
    "finder gives 'his family had farmed ... for eleven generations', indirect), but here the quotation "
    "runs on past the clause ('..., and not one of them needed ...'), which the parser hangs on 'told' as"
    " a conjunct, so the finder keeps the quotation alone as a direct statement; wrong "
    "found, speaker, kind, channel, time; expected speaker 'Jenkins'; kind 'mixed'; channel 'inquiry'; time 'on "
    "Tuesday'; found nothing",
    "wind-farm-inquiry.html:he had objected to the electricity pylons": "sealed page, first run (not yet "
    "diagnosed): wrong channel, time; expected channel 'cross-examination'; time 'on Tuesday'; found speaker "
    "'Greaves', kind indirect, 'nine-day hearing | the farmer', time ''",
    "wind-farm-inquiry.html:Those went up before anybody asked me anything": "sealed page, first run (not yet "
    "diagnosed): wrong channel, time; expected channel 'cross-examination'; time 'on Tuesday'; found speaker "
    "'Idris Jenkins', kind direct, 'nine-day hearing | ', time ''",
    "spelling-bee-final.html:Did I spell it right": (
        "sealed page, first run: wrong speaker 'her mother' (expected 'Anika'), addressee, time: the finder "
        "takes the relative 'who' of 'were for her mother, who had run up the steps onto the stage:' as the "
        "source of the words after the colon, which are the subject's ('Her first words ... were for her "
        "mother'); the mother is their addressee"
    ),
    "spelling-bee-final.html:I'm not going to look at a dictionary for a month": (
        "sealed page, first run: wrong speaker 'her mother' (expected 'Anika'), channel, time: 'she said' "
        "follows the statement before, given to her mother (see 'Did I spell it right'); the news conference "
        "scene is not carried to it"
    ),
    "spelling-bee-final.html:at least three times tonight": (
        "sealed page, first run: wrong channel, time; expected channel 'news conference in a hotel ballroom'; "
        "time 'about an hour after her win'; found speaker 'Anika Raman', kind mixed, ' | a reporter', time "
        "'asked by a reporter whether she had ever spelled a word she did not know'; the opening 'Asked by a "
        "reporter whether ...' is read as the statement's own time, which stops the news conference's moment "
        "and channel carrying (occasion.md's convention keeps 'Asked what ...' as a time on train-d; not "
        "changed in pages36)"
    ),
    "spelling-bee-final.html:a panel of judges had reviewed and upheld": "sealed page, first run; diagnosed pages37: "
    'the only marks in the content enclose a word named, not words spoken (the pronouncer\'s reading of "tmesis."), '
    "but find/quote_widening.attribution_kind makes any content partly in marks mixed; telling a word mentioned "
    "from a one-word quotation of the speaker (PolNeAR marks those mixed) needs more than the marks; "
    "wrong kind; expected kind 'indirect'; found speaker 'The championship', kind mixed, 'a statement "
    "| ', time ''",
    "tractor-protest.html:lied to, fobbed off and then blamed for the weather": (
        "sealed page, first run: wrong channel, time; expected channel 'rally outside the Department of "
        "Agriculture'; time 'on Tuesday'; found speaker 'Tomás Keaveney', kind mixed, ' | the crowd', time "
        "''; the lede 'brought Dublin ... to a standstill on Tuesday as farmers ... converged ... for a "
        "rally' is misparsed ('as farmers' a preposition, 'converged' a participle on 'counties'), so the "
        "rally's clause has no finite verb and no day and scenes._scene_told drops it: no scene for "
        "'Addressing the crowd' to take part in (pages36)"
    ),
    "tractor-protest.html:We are not here for a handout": (
        "sealed page, first run: wrong channel, time; expected channel 'rally outside the Department of "
        "Agriculture'; time 'on Tuesday'; found speaker 'Tomás Keaveney', kind direct, ' | the crowd', time "
        "''; the lede 'brought Dublin ... to a standstill on Tuesday as farmers ... converged ... for a "
        "rally' is misparsed ('as farmers' a preposition, 'converged' a participle on 'counties'), so the "
        "rally's clause has no finite verb and no day and scenes._scene_told drops it: no scene for the "
        "speaker's next words to carry (pages36)"
    ),
    "tractor-protest.html:My father milked 60 cows": (
        "sealed page, first run: speaker right since pages35 ('Cian Moloney, a dairy farmer from ...,' "
        "introduces the young man just described); since sceneparts the young man 'near the front of the crowd' "
        "speaks in the rally (scene_turns.IN_THE_ROOM), time right, but its channel is carried as the TD's 'a rally', "
        "where the page wants the lede's 'rally outside the Department of Agriculture'"
    ),
    "tractor-protest.html:known for two years that this day was coming": (
        "sealed page: wrong channel; expected channel 'Dáil'; found speaker 'Niamh Carolan', kind mixed, ' | ', time "
        "'yesterday evening' (a parliament named bare, 'In the Dáil', is no channel word; the time mended in pages36)"
    ),
    "lifeboat-rescue.html:the crew had found the 34ft yacht Curlew lying beam-on to the swell": (
        "sealed page: the speaker is right since finder3 (the parser read 'coxswain' as a verb in its base form with "
        "the name its object, a clause before the cue: misread_speakers.role_noun_read_as_verb), but the opening 'At a "
        "briefing in the crew room ... on Sunday afternoon' is not read as the channel nor its day as the time; wrong "
        "channel, time; expected channel 'briefing in the crew room'; expected time 'on Sunday afternoon'; found "
        "speaker 'Jory Pascoe', kind indirect, ' | ', time ''"
    ),
    "lifeboat-rescue.html:We were minutes, not hours, from losing them": (
        "sealed page: 'said the 47-year-old' is Jory Pascoe since finder3 (his statement before is found with its "
        "speaker), but the briefing and its day are not carried (see 'the crew had found'); wrong channel, time; "
        "expected channel 'briefing in the crew room'; expected time 'on Sunday afternoon'; found speaker 'Jory "
        "Pascoe', kind direct, ' | ', time ''"
    ),
    "lifeboat-rescue.html:the crew had made three attempts to pass a tow line": (
        "sealed page: 'He said' is Jory Pascoe since pronouns2 (the yacht's 'her mast', 'her engine' in what he said "
        "no longer rule him out of 'he': pronouns.CONTENT_POSSESSIVES_TELL_NO_GENDER), but the briefing and its day "
        "are not carried (see 'the crew had found'); wrong channel, time; expected channel 'briefing in the crew "
        "room'; expected time 'on Sunday afternoon'; found speaker 'Jory Pascoe', kind indirect, ' | ', time ''"
    ),
    "chess-title-game.html:either the move of the year or the end of his challenge": (
        "sealed page: the speaker is right since finder3 (the name set off after the opening 'When ...' clause, which "
        "the parser hung on that clause's verb as a second object: cue_subjects._subject_left_in_opening_clause), but "
        "'commentating on the official broadcast stream', a participle set off after the name, is not read as the "
        "channel; wrong channel; expected channel 'official broadcast stream'; found speaker 'Femi Adeyemi', kind "
        "mixed, ' | viewers'"
    ),
    "chess-title-game.html:the team had since asked to see the log": (
        "sealed page, first run; diagnosed nested3: the finder keeps the manager's two that-clauses under one "
        "cue (the second parsed as a conjunct of the arbiter's 'had told'), so his own 'and that the team had "
        "since asked ...' is in the arbiter's nested report; wrong speaker, kind, addressee, time; expected "
        "speaker 'Iyer'; expected kind 'indirect'; expected addressee 'Meridian Press'; expected time "
        "'late Wednesday'; found speaker 'Ingrid Solheim', kind mixed, 'an email | the champion’s team', "
        "time 'during the stoppage'"
    ),
    "union-congress-vote.html:We did not fight for the eight-hour day": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'delegates'; "
        "found speaker 'Rosa Kovacic', kind direct, 'the transport and warehouse workers’ union national "
        "congress in brisbane | them', time 'on tuesday'"
    ),
    "union-congress-vote.html:we will switch the warehouses off": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'delegates'; "
        "found speaker 'Rosa Kovacic', kind direct, 'the transport and warehouse workers’ union national "
        "congress in brisbane | them', time 'on tuesday'"
    ),
    "union-congress-vote.html:she had been given a written warning for falling below her pick rate": (
        "sealed page: since speakers round 29 the speaker is right ('a forklift driver from Geelong who told the "
        "congress', a person noun since then, is named two sentences on as 'Janelle Whitty, 43,'), but Tuesday of "
        "the congress is not carried to her; wrong time; expected time 'on Tuesday'; found time ''"
    ),
    "union-congress-vote.html:I was four per cent slow the week I buried my dad": (
        "sealed page: since speakers round 29 the congress is carried to her (the forklift driver's statement "
        "before is hers), but not its day; wrong time; expected time 'on Tuesday'; found time ''"
    ),
    "union-congress-vote.html:hand the companies the excuse they want": (
        "sealed page: 'Speaking against the motion' places him in the scene in force since scenepages "
        "(scene_roles.SPEAKING_TO_A_MOTION), but the congress is no shared scene ('congress' is no scene noun) and the "
        "occasion set last is the forklift driver's, told to the congress; wrong channel, time; expected channel "
        "'national congress in Brisbane'; expected time 'on Tuesday'; found speaker 'Col Brannigan', kind mixed, ' "
        "| ', time ''"
    ),
    "union-congress-vote.html:the government was already reviewing how algorithms were used": (
        "sealed page, first run (not yet diagnosed): wrong kind; expected kind 'mixed'; found speaker "
        "'Daniel Ferris', kind indirect, 'sky news | ', time 'on tuesday night'"
    ),
    "pm-chip-plant-visit.html:Ask me again in two years": (
        "sealed page: the speaker is right since the asker of a fronted 'Asked by a reporter' no longer takes the "
        "answer's 'he' (round asker); the reporter it was told to is not read as the addressee of the next "
        "sentence's quote, nor 'after the ceremony' as its time; expected addressee 'reporter'; expected time "
        "'after the ceremony'; found speaker 'Arvind Deshmukh', kind direct, 'the inauguration ceremony | about "
        "2,000 workers, engineers and their families', time 'on saturday'"
    ),
    "pm-chip-plant-visit.html:My father repairs tractors": (
        "wrong time; expected time 'After the speech'; found time '' (pagespeaker2: the speaker is Kavya Parmar since "
        "misread_relatives.RELATIVE_CLAUSE_SUBJECTS and role_descriptions.ROOT_NOUN_SOURCES; the opening phrase hangs "
        "on the noun the parser made the root, not on 'told')"
    ),
    "pilot-whale-stranding.html:I have never been so tired or so happy": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'As the last of the "
        "refloated whales swam clear of the spit'; found speaker 'Aroha Kingi', kind direct, ' | ', time "
        "''"
    ),
    "pilot-whale-stranding.html:I would rather have a portaloo": (
        "sealed page: speaker and time right since the asker of a fronted 'Asked by the programme's host' no longer "
        "takes the answer's 'she' (round asker); the channel of the sentence before ('told RNZ's Morning Report') "
        "is not carried to the answer; expected channel 'Morning Report'; found speaker 'Abby Rees', kind direct, "
        "' | the programme’s host', time 'on friday'"
    ),
    "pilot-whale-stranding.html:local businesses had donated more than 400 litres": (
        "sealed page: speaker and time right since the asker of a fronted 'Asked by the programme's host' no longer "
        "takes the answer's 'she' (round asker); the channel of 'told RNZ's Morning Report' two sentences before "
        "is not carried to the added words; expected channel 'Morning Report'; found speaker 'Abby Rees', kind "
        "mixed, ' | the programme’s host', time 'on friday'"
    ),
    "boxship-grounding-webinar.html:to say whether the owner would declare general average": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'Freight "
        "Ledger webinar'; expected time 'on Friday'; found speaker 'Lars Petersen', kind mixed, 'the "
        "panel | ', time ''"
    ),
    "boxship-grounding-webinar.html:every shipper with a box on that ship gets a bill": (
        "sealed page, first run: the kind is right since the quote paragraph after a partly quoted paraphrase "
        "is a statement of its own (resolving_continuations.fold_continuations); wrong channel, time: expected channel "
        "'Freight Ledger webinar', time 'on Friday'; found speaker 'Lars Petersen', 'the panel | ', time ''"
    ),
    "boxship-grounding-webinar.html:the ship had almost certainly left the channel on a falling tide": (
        "sealed page, first run: speaker right since latenamed2 (named_after.UNINTRODUCED_SUBJECTS_NAME_DESCRIBED: "
        "'Jens Mahler guided ships ...' names the third panellist just described); wrong channel, time; expected "
        "channel 'Freight Ledger webinar'; expected time 'on Friday'; found speaker 'Jens Mahler', kind indirect, "
        "' | ', time ''"
    ),
    "boxship-grounding-webinar.html:soft enough to hold a ship like glue": (
        "sealed page, first run: speaker right since latenamed2 (named_after.UNINTRODUCED_SUBJECTS_NAME_DESCRIBED: "
        "'Jens Mahler guided ships ...' names the third panellist just described); wrong channel, time; expected "
        "channel 'Freight Ledger webinar'; expected time 'on Friday'; found speaker 'Jens Mahler', kind mixed, "
        "' | ', time ''"
    ),
    "film-set-rig-collapse.html:detectives had found nothing to suggest the collapse was anything other than "
    "an accident": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'news "
        "conference'; expected time 'Tuesday afternoon'; found speaker 'Sandra Okoye', kind indirect, ' | "
        "reporters', time 'after him'"
    ),
    "grocery-store-planning-row.html:read every one of them before I make up my mind": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'After the vote'; found "
        "speaker 'Carol Lindqvist', kind direct, ' | the record', time ''"
    ),
    "nurses-strike-holyrood.html:I qualified in August and I love this job": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'picket line'; "
        "expected time 'yesterday morning'; found speaker 'Eilidh', kind direct, ' | ', time ''"
    ),
    "nurses-strike-holyrood.html:his officials had offered to chair fresh talks": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'urgent question in "
        "the Scottish Parliament'; found speaker 'Neil Rutherford', kind mixed, ' | msps', time "
        "'yesterday afternoon'"
    ),
    "nurses-strike-holyrood.html:it will be open tomorrow": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'urgent question in "
        "the Scottish Parliament'; found speaker 'Neil Rutherford', kind direct, ' | msps', time "
        "'yesterday afternoon'"
    ),
    "nurses-strike-holyrood.html:watched this coming for a year and done nothing": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'urgent "
        "question in the Scottish Parliament'; expected time 'yesterday afternoon'; found speaker 'Morag "
        "Keddie', kind mixed, ' | ', time ''"
    ),
    "nurses-strike-holyrood.html:Labour would force a vote on safe staffing levels": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel 'Garden "
        "Lobby'; found speaker 'Morag Keddie', kind indirect, 'the garden lobby | reporters in the garden "
        "lobby', time 'after the session'"
    ),
    "village-school-closure-vote.html:she would clear the public seats": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Tuesday'; found "
        "speaker 'Cllr Menna Harries', kind indirect, 'a cabinet meeting | ', time ''"
    ),
    "village-school-closure-vote.html:581 of them opposed closure": (
        "sealed page, first run: wrong channel, time; the speaker is right since pages5's 'councillor' role noun "
        "('The ward's councillor, Nia Gwilym', tagged as a body, is a person); she is named 8 paragraphs after "
        "the cabinet meeting's members (scenes.MAX_GROUP_SCENE_GAP 5): expected channel 'cabinet meeting', time 'on "
        "Tuesday'; found speaker 'Nia Gwilym', kind indirect, ' | ', time ''"
    ),
    "village-school-closure-vote.html:a consultation, not a referendum": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'cabinet "
        "meeting'; expected time 'on Tuesday'; found speaker 'Cllr Huw Maddox', kind mixed, ' | "
        "her', time ''"
    ),
    "village-school-closure-vote.html:I blame them for telling us one thing in June": (
        "sealed page, first run: wrong time; the addressee is right since latenamed4 (the head teacher who spoke to "
        "West Wales Today is Gwenllian Pugh, named_after.SPOKEN_THEN_INTRODUCED, so her interview carries); expected "
        "time 'afterwards'; found speaker 'Gwenllian Pugh', kind direct, ' | west wales today', time ''"
    ),
    "flood-town-minister-visit.html:up by teatime": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on the afternoon "
        "before the flood'; found speaker 'an Environment Agency officer', kind mixed, 'a drop-in "
        "session in the town library | shopkeepers', time 'on the afternoon'"
    ),
    "flood-town-minister-visit.html:I took them at their word": (
        "sealed page, first run: wrong speaker, channel; the speaker is right since the lead's FORENAMES_BY_WHO "
        "('Nadeem Sattar, who runs the pharmacy', 'Sattar' alone tagged, was split from 'Mr Sattar'); the phone call "
        "of the sentence before ('spoke to the Beacon by phone last night', no statement) is not carried: expected "
        "channel 'phone'; found 'the meeting | the beacon', time 'last night'"
    ),
    "flood-town-minister-visit.html:punishes places for being small": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'Prime Minister'; expected time 'on Tuesday'; found speaker 'Leena Chauhan', kind mixed, "
        "'a letter | ', time ''"
    ),
    "snow-leopard-recaptured.html:keep children and pets indoors": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'emergency alert'; found speaker "
        "'Port Kessling Police Department', kind indirect, ' | residents' (the time 'On Monday' right since pagetime's "
        "INFINITIVES_UNINTERRUPTED)"
    ),
    "snow-leopard-recaptured.html:There is a SNOW LEOPARD on our trampoline": (
        "sealed page, first run: wrong channel, time; the speaker is right since latenamed4 ('A woman who lives on "
        "Ravine Road', who 'wrote' by 'she', is 'Dana Schacht, a nurse at ...,' who opens a sentence two on, "
        "named_after.SPOKEN_THEN_INTRODUCED); the Facebook posting and 'on Monday night' of the description's own "
        "sentence (no statement) are not carried: expected channel 'Facebook', time 'on Monday night'; found ' | ', "
        "time ''"
    ),
    "clifftop-landslide-rest-centre.html": (
        "sealed page, first run (not yet diagnosed): furniture ['emergency line'] or not-speakers [] found"
    ),
    "lecturers-marking-boycott.html:100 per cent of their pay docked": (
        "sealed page, first run (not yet diagnosed): wrong kind; expected kind 'mixed'; found speaker 'Miriam "
        "Oyelaran', kind indirect, 'an email sent to all students | all students' (the time right since pagetime's "
        "CLOCK_MOMENTS, 'at 7.45am on saturday')"
    ),
    "lecturers-marking-boycott.html:your results will be released": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'email'; found speaker 'Miriam "
        "Oyelaran', kind direct, ' | all students' (the time right since pagetime's CLOCK_MOMENTS, 'at 7.45am on "
        "saturday')"
    ),
    "cruise-ship-norovirus-halifax.html:norovirus had been confirmed in samples taken from nine passengers": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel "
        "'cruise pavilion'; found speaker 'Amara Okafor', kind indirect, 'a news conference in the "
        "port’s cruise pavilion | ', time 'on tuesday afternoon'"
    ),
    "cruise-ship-norovirus-halifax.html:those with no symptoms for two days could go ashore": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'Tuesday afternoon'; "
        "found speaker 'Amara Okafor', kind indirect, 'a news conference in the port’s cruise "
        "pavilion | a reporter', time 'asked by a reporter whether healthy passengers could leave "
        "the ship'"
    ),
    "cruise-ship-norovirus-halifax.html": (
        "sealed page, first run (not yet diagnosed): furniture ['floating sick bay'] or not-speakers [] found"
    ),
    "market-town-bank-closure.html:counter transactions had fallen by almost two thirds": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Northmoor'; "
        "found speaker '', kind indirect, 'a statement | ', time 'in october'"
    ),
    "reservoir-dogs-algae-warning.html:she had walked the same loop around the reservoir": (
        "sealed page: wrong time; expected time 'Wednesday evening'; found speaker 'Patricia Ruane' (pages7b: no "
        "longer the dog Pip), time 'early saturday'"
    ),
    "reservoir-dogs-algae-warning.html:He went in up to his tummy to cool off": (
        "sealed page: wrong time; expected time 'Wednesday evening'; found speaker 'Patricia Ruane' (pages7b: no "
        "longer the dog Pip), time 'early saturday'"
    ),
    "reservoir-dogs-algae-warning.html:I keep thinking about all the people who walked past that water": (
        "sealed page: wrong time; expected time 'Wednesday evening'; found speaker 'Patricia Ruane' (pages7b: no "
        "longer the dog Pip), time 'early saturday'"
    ),
    "reservoir-dogs-algae-warning.html:perfectly safe for the dogs": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'the previous "
        "Saturday'; found speaker 'a ranger', kind mixed, ' | a group of dog walkers', time "
        "'saturday'"
    ),
    "cup-tie-away-end-crush.html:had launched an independent review of how the away turnstiles were managed": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, time; "
        "expected speaker 'Stanmoor United'; expected kind 'mixed'; expected channel 'statement'; "
        "expected time 'last night'; found nothing"
    ),
    "cup-tie-away-end-crush.html:officers had found nothing so far to suggest ticketless fans had "
    "forced their way in": (
        "sealed page: the channel is the press conference's phrase with its place ('a press "
        "conference at stanmoor police station'); the speaker is right since pages8speaker "
        "(SURNAMES_AFTER_A_FORENAME: 'Superintendent Helen Marsh')"
    ),
    "cup-tie-away-end-crush.html:I won't hide behind a steward": (
        "sealed page (pages8occasion: time now read, 'at lunchtime today'): wrong channel; expected channel 'Terrace "
        "Talk'; found speaker 'Clive Ashdown', kind direct, ' | presenter dean fairclough', time 'at lunchtime today'"
    ),
    "cup-tie-away-end-crush.html:had pulled at least three fans over the barrier herself": (
        "sealed page (pages8occasion: time now read, 'at lunchtime today'): wrong kind, addressee; expected kind "
        "'mixed'; expected addressee 'Dean Fairclough'; found speaker 'Clive Ashdown', kind indirect, \"moorland fm's "
        "terrace talk phone-in | \", time 'at lunchtime today'"
    ),
    "cup-tie-away-end-crush.html": (
        "sealed page, first run (not yet diagnosed): furniture ['no evidence'] or not-speakers [] found"
    ),
    "water-main-boil-notice.html:never thought I’d be doing it again for myself": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, addressee, "
        "not_channel; expected speaker 'Gloria Pettibone'; expected kind 'mixed'; expected "
        "addressee 'Courier-Dispatch'; expected not_channel 'Lindell Park recreation center parking "
        "lot'; found nothing"
    ),
    "water-main-boil-notice.html:volunteers had run out of gallon jugs": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee "
        "'Courier-Dispatch'; found speaker 'Gloria Pettibone', kind indirect, ' | ', time ''"
    ),
    "water-main-boil-notice.html": (
        "sealed page, first run (not yet diagnosed): furniture ['hours too late'] or not-speakers [] found"
    ),
    "heatwave-rolling-blackouts.html:had left the state about 700 megawatts short at the peak": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, "
        "addressee, time; expected speaker 'Priya Raghunathan'; expected kind 'indirect'; expected "
        "channel 'briefing'; expected addressee 'reporters'; expected time '3pm'; found nothing"
    ),
    "heatwave-rolling-blackouts.html:the blackouts had been ordered by the market operator, not the government": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel "
        "'Parliament House'; found speaker 'Lachlan Ferris', kind mixed, 'a press conference at "
        "parliament house | ', time 'on thursday evening'"
    ),
    "heatwave-rolling-blackouts.html:may experience a planned interruption of up to 60 minutes": (
        "sealed page, first run (not yet diagnosed): wrong speaker, addressee, time; expected "
        "speaker 'Bluegum Energy'; expected addressee 'Customers'; expected time '3.52pm'; found "
        "speaker '', kind mixed, 'a text message | ', time ''"
    ),
    "heatwave-rolling-blackouts.html:Please turn off non-essential appliances": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee, time; "
        "expected speaker 'Bluegum Energy'; expected channel 'text message'; expected addressee "
        "'Customers'; expected time '3.52pm'; found speaker 'message', kind direct, 'message | ', "
        "time ''"
    ),
    "heatwave-rolling-blackouts.html:it would write to the minister seeking to have residential "
    "aged care facilities treated as essential loads": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Ageing Well "
        "Victoria'; found speaker 'Victoria', kind indirect, 'a statement | ', time ''"
    ),
    "festival-storm-cancelled.html:from a steward, not from an app": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'Offstage.ie'; the time "
        "'on Friday morning' right since scenedays' event_days (the fans spoken to at the gate)"
    ),
    "festival-storm-cancelled.html:nobody's getting in today, lads": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'queue'; expected time 'just before 11am'; found speaker 'the steward', kind mixed, ' | ', "
        "time '11am'"
    ),
    "festival-storm-cancelled.html:Fair play to him, he looked as miserable as we were": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'Offstage.ie'; the time "
        "'on Friday morning' right since scenedays' event_days (the fans spoken to at the gate)"
    ),
    "festival-storm-cancelled.html:he had booked two nights in an Athlone hotel": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'Offstage.ie'; the time "
        "'on Friday morning' right since scenedays' event_days (the fans spoken to at the gate)"
    ),
    "barge-strike-bridge-closure.html:the company would pay for any inspection the state asked for": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'WRVK 9'; "
        "found speaker 'Whitney Albers', kind mixed, 'phone | wrvk', time ''"
    ),
    "barge-strike-bridge-closure.html": (
        "sealed page, first run (not yet diagnosed): furniture ['not safe for a bicycle'] or not-speakers [] found"
    ),
    "vice-chancellor-expenses-audit.html:whether she still had confidence in the Kaimai University council": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'Rachel "
        "Vaimoana'; found speaker 'Ben Kettering', kind indirect, 'parliament | the minister', time "
        "'on thursday afternoon'"
    ),
    "vice-chancellor-expenses-audit.html": (
        "sealed page, first run (not yet diagnosed): furniture ['I have let the university down'] "
        "or not-speakers ['Newsline NZ'] found"
    ),
    "fintech-app-account-freeze.html": (
        "sealed page, first run (not yet diagnosed): furniture ['Transfers temporarily "
        "unavailable'] or not-speakers [] found"
    ),
    "musical-flying-ship-jam.html:lurched, groaned and just hung there": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, time; "
        "expected speaker 'Rachel Odunsi'; expected kind 'mixed'; expected channel 'X'; expected "
        "time '9.31pm'; found nothing"
    ),
    "musical-flying-ship-jam.html:the ship’s winch system had stalled twice during previews": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Thursday'; found "
        "speaker 'A member of the stage crew', kind indirect, ' | limelight', time ''"
    ),
    "musical-flying-ship-jam.html:Everybody backstage knew that ship was temperamental": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Thursday'; found "
        "speaker 'A member of the stage crew', kind direct, ' | limelight', time ''"
    ),
    "mayor-fraud-charge-town.html:never taken a dollar that wasn't his": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time \"after Monday's "
        "hearing\"; found speaker 'Marianne Beaulieu', kind mixed, ' | reporters', time "
        "'monday'"
    ),
    "mayor-fraud-charge-town.html:He will be pleading not guilty": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time \"after Monday's "
        "hearing\"; found speaker 'Marianne Beaulieu', kind direct, ' | reporters', time "
        "'monday'"
    ),
    "mayor-fraud-charge-town.html:done in good faith": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time \"after Monday's "
        "hearing\"; found speaker 'Marianne Beaulieu', kind mixed, ' | reporters', time "
        "'monday'"
    ),
    "mayor-fraud-charge-town.html:That is a conversation for him and his family": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time \"after Monday's "
        "hearing\"; found speaker 'Marianne Beaulieu', kind direct, ' | reporters', time "
        "'monday'"
    ),
    "mayor-fraud-charge-town.html:bank records showed 31 payments": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'sworn "
        "affidavit'; expected time 'in August'; found speaker 'Alana Whitford', kind indirect, ' | "
        "', time ''"
    ),
    "mayor-fraud-charge-town.html:council had voted unanimously to ask the province to send an official supervisor": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'special "
        "session'; found speaker 'Colleen Bergstrom', kind indirect, 'the first meeting | ', time "
        "'on tuesday evening'"
    ),
    "mayor-fraud-charge-town.html:looking over our shoulder for a while": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'special "
        "session'; found speaker 'Colleen Bergstrom', kind direct, 'the first meeting | the room', "
        "time 'on tuesday evening'"
    ),
    "mayor-fraud-charge-town.html:why the auditor's concerns had not reached council sooner": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Raj Sandhu'; expected channel 'special session'; expected time 'Tuesday evening'; found "
        "speaker 'Sandhu', kind indirect, ' | ', time ''"
    ),
    "test-captain-dropped-selectors.html:Captaining my country has been the greatest honour": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'a little over two "
        "hours later'; found speaker 'Rohan Deshpande', kind direct, 'x | ', time 'two hours later'"
    ),
    "test-captain-dropped-selectors.html:Now let me go and score some runs": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'a little over two "
        "hours later'; found speaker 'Rohan Deshpande', kind direct, 'x | ', time 'two hours later'"
    ),
    "test-captain-dropped-selectors.html:panic dressed up as planning": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'The "
        "Pavilion'; expected time 'Sunday night'; found speaker 'Sanjay Rawal', kind mixed, "
        "'cricnation tv’s debate | ', time 'last week'"
    ),
    "test-captain-dropped-selectors.html:You don’t sack a captain after one bad tour of Australia": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'The "
        "Pavilion'; expected time 'Sunday night'; found speaker 'Sanjay Rawal', kind direct, "
        "'cricnation tv’s debate | ', time ''"
    ),
    "test-captain-dropped-selectors.html:eaten Rohan alive": (
        "sealed page, first run (speaker right since describedlater): wrong channel, time; expected "
        "channel 'The Pavilion'; expected time 'Sunday night'; found speaker 'Farhan Qureshi', kind "
        "mixed, 'the same panel | ', time ''"
    ),
    "test-captain-dropped-selectors.html:Rane had been the obvious choice for at least a year": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'The "
        "Pavilion'; expected time 'Sunday night'; found speaker 'Farhan Qureshi', kind indirect, "
        "'the same panel | ', time ''"
    ),
    "faltenjoch-avalanche-piste.html:he had been leading two clients down the Jochboden": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'hospital bed'; expected addressee 'Oberland Bote'; expected time 'Thursday "
        "afternoon'; found speaker 'Andreas Moosbrugger', kind mixed, ' | ', time ''"
    ),
    "faltenjoch-avalanche-piste.html:I could hear them digging above me": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'hospital bed'; expected addressee 'Oberland Bote'; expected time 'Thursday "
        "afternoon'; found speaker 'Andreas Moosbrugger', kind direct, ' | ', time ''"
    ),
    "coach-hazing-suspension-texas.html:had hired an outside law firm from Austin": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee "
        "'trustees'; found speaker 'Andrea Kessler', kind mixed, 'monday night’s school board "
        "meeting | ', time 'monday night'"
    ),
    "coach-hazing-suspension-texas.html:I am not going to stand up here and tell you what happened": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee "
        "'trustees'; found speaker 'Andrea Kessler', kind direct, 'monday night’s school board "
        "meeting | ', time 'monday night'"
    ),
    "coach-hazing-suspension-texas.html:counselors had met with every player on the freshman and "
    "junior varsity rosters": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee "
        "'trustees'; found speaker 'Andrea Kessler', kind indirect, 'monday night’s school board "
        "meeting | ', time 'monday night'"
    ),
    "coach-hazing-suspension-texas.html:a culture problem, not a one-coach problem": (
        "sealed page, first run (not yet diagnosed): wrong kind, channel, addressee, time; expected "
        "kind 'mixed'; expected channel 'school board meeting'; expected addressee 'trustees'; "
        "expected time 'Monday night'; found speaker 'Brent Hollis', kind direct, ' | ', time ''"
    ),
    "coach-hazing-suspension-texas.html:wrap it up": (
        "sealed page, first run (not yet diagnosed): wrong speaker, addressee, time, not_channel; "
        "expected speaker 'assistant coach'; expected addressee 'older players'; expected time "
        "'while it was happening'; expected not_channel 'report'; found speaker 'a 14-year-old "
        "student', kind mixed, 'the report | officers', time 'on oct. 30'"
    ),
    "msunduzi-water-outage-tanker.html:she had not had a drop from her taps since Sunday night": (
        "sealed page, first run (speaker right since describedlater): wrong channel, time; expected "
        "channel 'queue at the water tanker'; expected time 'on Thursday'; found speaker 'Nokuthula "
        "Zulu', kind indirect, ' | ', time ''"
    ),
    "msunduzi-water-outage-tanker.html:I am carrying water like my grandmother did in Msinga": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'queue "
        "at the water tanker'; expected time 'on Thursday'; found speaker 'Nokuthula Zulu', kind "
        "direct, ' | ', time ''"
    ),
    "msunduzi-water-outage-tanker.html:he had taken the day off without pay": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'queue "
        "at the water tanker'; expected time 'on Thursday'; found speaker 'Sibusiso Mthethwa', kind "
        "indirect, ' | ', time ''"
    ),
    "msunduzi-water-outage-tanker.html:Last time they said the weekend too": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'queue "
        "at the water tanker'; expected time 'on Thursday'; found speaker 'Sibusiso Mthethwa', kind "
        "direct, ' | ', time ''"
    ),
    "msunduzi-water-outage-tanker.html:her street had been visited by one tanker in five days": (
        "sealed page, first run (not yet diagnosed): wrong channel, time (the speaker right since namedlater); "
        "expected channel 'Msunduzi FM’s breakfast show'; expected time 'on Thursday'; "
        "found speaker 'MaNgcobo', kind indirect, ' | the mayor', time ''"
    ),
    "msunduzi-water-outage-tanker.html:Come and stand in my queue, Mayor": (
        "sealed page, first run (not yet diagnosed): wrong channel, time (the speaker right since namedlater); "
        "expected channel 'Msunduzi FM’s breakfast show'; expected time 'on Thursday'; "
        "found speaker 'MaNgcobo', kind direct, ' | the mayor', time ''"
    ),
    "msunduzi-water-outage-tanker.html:council had been warned about it at least three times": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, time; "
        "expected speaker 'Bheki Naidoo'; expected kind 'mixed'; expected channel 'X'; expected "
        "time 'Wednesday night'; found nothing"
    ),
    "msunduzi-water-outage-tanker.html:the same promise in this House a year ago, word for word": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Lindiwe Khumalo'; expected channel 'oral question in the National Assembly'; expected "
        "time 'Thursday afternoon'; found speaker 'EFF', kind mixed, ' | ', time ''"
    ),
    "prairie-lakes-ransomware-hospitals.html": (
        "sealed page, first run (not yet diagnosed): furniture ['no deal with criminals'] or not-speakers [] found"
    ),
    "bhawanipatna-wedding-food-poisoning.html:They gave us the best food we have eaten this year": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Bapi Nag'; "
        "found speaker 'Ramesh Sahu', kind direct, 'phone | the kalinga chronicle', time 'on monday "
        "evening'"
    ),
    "dovetails-adelaide-stadium-show-cancelled.html:the band would announce a new date": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'That night'; found speaker "
        "'Callum Reeve', kind mixed, 'a video on instagram | ', time '' (the channel right since channelphrase's "
        "MEDIA_ON_THEIR_PLATFORM)"
    ),
    "dovetails-adelaide-stadium-show-cancelled.html": (
        "sealed page, first run (not yet diagnosed): furniture ['heartbroken'] or not-speakers [] found"
    ),
    "csat-exam-leak-seoul.html:We bow our heads to the 520,000 students": (
        "wrong kind; expected kind 'direct'; found speaker 'Oh Sang-hyun' (the parser's interjection "
        "'Oh', cue_subjects.SURNAMES_READ_AS_WORDS), kind mixed, 'a press briefing at the government "
        "complex sejong | ', time 'on tuesday'"
    ),
    "csat-exam-leak-seoul.html:had charged 4 million won": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; expected speaker 'Seoul "
        "Central District Prosecutors’ Office'; expected time 'on Monday'; found speaker "
        "'prosecutors', kind indirect, 'the indictment | ', time ''"
    ),
    "csat-exam-leak-seoul.html:he had paid Seo 30 million won": (
        "sealed page, first run (not yet diagnosed): wrong channel, not_channel; expected channel "
        "'questioning'; expected not_channel 'indictment'; found speaker 'Jang', kind indirect, "
        "'the indictment | investigators', time 'during questioning on nov. 26'"
    ),
    "csat-exam-leak-seoul.html:the exact same graph problem": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; expected speaker 'Lee "
        "Ha-eun'; expected time 'late on Saturday'; found speaker 'a high school senior in Daegu', "
        "kind mixed, 'a post on orbi | ', time ''"
    ),
    "csat-exam-leak-seoul.html:I thought I was going crazy": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Lee Ha-eun'; expected channel 'post on Orbi'; expected time 'late on Saturday'; found "
        "speaker 'Orbi', kind direct, 'the post | ', time ''"
    ),
    "csat-exam-leak-seoul.html:a teenager on an internet forum found this leak before your ministry did": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'parliamentary audit'; expected time 'on Thursday'; found speaker 'Kang Dong-won', kind "
        "direct, ' | choi', time ''"
    ),
    "csat-exam-leak-seoul.html:had not carried out an unannounced inspection there since 2021": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'parliamentary audit'; "
        "expected time 'on Thursday'; found speaker 'Choi Young-sook', kind indirect, ' | ', time '' (speaker "
        "right since tagged_names.HYPHENATED_GIVEN_NAMES_WHOLE, malaynames)"
    ),
    "csat-exam-leak-seoul.html:That was a mistake, and it is mine": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'parliamentary audit'; "
        "expected time 'on Thursday'; found speaker 'Choi Young-sook', kind direct, ' | ', time '' (speaker right "
        "since tagged_names.HYPHENATED_GIVEN_NAMES_WHOLE, malaynames)"
    ),
    "csat-exam-leak-seoul.html": (
        "sealed page, first run (not yet diagnosed): furniture ['four days early', 'we all knew No. "
        "30'] or not-speakers ['Orbi'] found"
    ),
    "puebla-sinkhole-avenida-juarez.html:the avenue would stay closed between Calle 25 Sur and Calle 31 Sur": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel "
        "'cordon'; found speaker 'Rodrigo Anaya Ledesma', kind indirect, 'a facebook live from the "
        "edge of the cordon | ', time 'late tuesday night'"
    ),
    "puebla-sinkhole-avenida-juarez.html:Nobody is going to drive over this avenue again": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel "
        "'cordon'; found speaker 'Rodrigo Anaya Ledesma', kind direct, 'a facebook live from the "
        "edge of the cordon | ', time 'late tuesday night'"
    ),
    "puebla-sinkhole-avenida-juarez.html:the city would pay for tow trucks and temporary parking": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel "
        "'cordon'; found speaker 'Rodrigo Anaya Ledesma', kind indirect, 'a facebook live from the "
        "edge of the cordon | ', time 'late tuesday night'"
    ),
    "puebla-sinkhole-avenida-juarez.html:like somebody pulled a rug out from under the van": (
        "sealed page, first run (not yet diagnosed): wrong speaker, addressee, time; expected "
        "speaker 'Héctor Villaseñor'; expected addressee 'crew from Canal 14'; expected time 'on "
        "Tuesday night'; found speaker 'Both drivers', kind mixed, ' | a crew', time ''"
    ),
    "puebla-sinkhole-avenida-juarez.html:All I could think about was my daughters": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'crew from Canal 14'; expected time 'on Tuesday night'; found speaker 'Héctor Villaseñor', "
        "kind direct, ' | ', time ''"
    ),
    "puebla-sinkhole-avenida-juarez.html:The van is at the bottom of a hole": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'crew from Canal 14'; expected time 'on Tuesday night'; found speaker 'Héctor Villaseñor', "
        "kind direct, ' | ', time ''"
    ),
    "puebla-sinkhole-avenida-juarez.html:she had seen no record of repairs since then": (
        "sealed page, first run (not yet diagnosed): wrong speaker, kind, channel, time; expected "
        "speaker 'Marisol Echeverría'; expected kind 'indirect'; expected channel 'Primera Hora'; "
        "expected time 'on Wednesday'; found speaker 'engineers from the water utility', kind "
        "mixed, 'a university panel | a university panel', time 'in 2023'"
    ),
    "puebla-sinkhole-avenida-juarez.html:had reported a dip in the road outside her shop": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'meeting'; expected time 'on Wednesday night'; found speaker 'Graciela Ponce', kind "
        "indirect, ' | ', time ''"
    ),
    "puebla-sinkhole-avenida-juarez.html:took a photo and left": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'meeting'; expected time 'on Wednesday night'; found speaker 'Graciela Ponce', kind "
        "direct, ' | ', time ''"
    ),
    "puebla-sinkhole-avenida-juarez.html:residents would file a complaint with the Puebla State "
    "Human Rights Commission": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'meeting'; expected time 'on Wednesday night'; found speaker 'Rafael Sandoval', kind "
        "indirect, ' | ', time ''"
    ),
    "dijon-museum-jewel-theft.html:two scooters screaming down the street": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'video on "
        "TikTok'; found speaker 'Tom Lindqvist', kind mixed, 'a video | ', time 'on thursday "
        "morning'"
    ),
    "dijon-museum-jewel-theft.html:I thought it was a party": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'video on "
        "TikTok'; found speaker 'Tom Lindqvist', kind direct, 'a video | ', time 'on thursday "
        "morning'"
    ),
    "dijon-museum-jewel-theft.html:who saw two scooters heading south along the Boulevard de Chicago": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'appeal for "
        "witnesses'; found speaker 'Police Nationale', kind indirect, ' | anyone', time 'this "
        "morning'"
    ),
    "cappadocia-balloon-hard-landing.html:They were shouting instructions the whole time": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'Daily Post'; expected time 'on Tuesday evening'; found speaker 'Haruto Mori', kind "
        "direct, ' | ', time ''"
    ),
    "cappadocia-balloon-hard-landing.html:suspended the operating permit of Peribacası Balloons": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'post on X'; "
        "found speaker 'Directorate General of Civil Aviation', kind mixed, 'a post | ', time 'last "
        "night'"
    ),
    "cappadocia-balloon-hard-landing.html:gusts in the valleys could differ sharply": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'TGRT "
        "Haber'; found speaker 'Orhan Saygılı', kind indirect, ' | ', time 'late on tuesday'"
    ),
    "cappadocia-balloon-hard-landing.html:We have been asking for five years for more stations": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'TGRT "
        "Haber'; found speaker 'Orhan Saygılı', kind direct, ' | ', time 'late on tuesday'"
    ),
    "cappadocia-balloon-hard-landing.html:the association would send a formal request to the directorate": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'TGRT "
        "Haber'; found speaker 'Orhan Saygılı', kind indirect, ' | ', time 'late on tuesday'"
    ),
    "helsinki-rental-scooter-ban-vote.html:a whole trolley bay": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee "
        "'councillors on the health committee'; found speaker 'an emergency doctor at Meilahti "
        "hospital', kind mixed, ' | councillors', time 'in september'"
    ),
    "helsinki-rental-scooter-ban-vote.html:what am I supposed to do, walk for an hour and a half?": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Thursday "
        "morning'; found speaker 'Aleksi Pesonen', kind direct, ' | ', time ''"
    ),
    "helsinki-rental-scooter-ban-vote.html:People who vote for this are not the people who finish work at midnight": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Thursday "
        "morning'; found speaker 'Aleksi Pesonen', kind direct, ' | ', time ''"
    ),
    "helsinki-rental-scooter-ban-vote.html": (
        "sealed page, first run (not yet diagnosed): furniture ['A victory for anyone who walks'] "
        "or not-speakers ['Police figures'] found"
    ),
    "vienna-conductor-resigns-orchestra-row.html:decided by the marketing department": (
        "sealed page, after singlequotes: wrong addressee, time; expected addressee "
        "'orchestra’s supervisory board'; expected time 'dated Sunday'; found speaker 'Rihards "
        "Zariņš', kind mixed, 'a two-page letter | ', time ''"
    ),
    "vienna-conductor-resigns-orchestra-row.html:An orchestra is not a ticket office": (
        "sealed page, after singlequotes: wrong channel, addressee, time; expected "
        "channel 'two-page letter'; expected addressee 'orchestra’s supervisory board'; expected "
        "time 'dated Sunday'; found speaker 'Rihards Zariņš', kind direct, ' | ', time ''"
    ),
    "vienna-conductor-resigns-orchestra-row.html:had accepted the resignation": (
        "sealed page, after singlequotes: wrong not_channel; expected not_channel "
        "'Lothringerstraße'; found speaker 'Brigitte Hollerer', kind mixed, 'a press conference at "
        "the orchestra’s offices in the lothringerstrasse | ', time 'yesterday'"
    ),
    "vienna-conductor-resigns-orchestra-row.html": (
        "sealed page, after singlequotes: furniture ['An orchestra is not a box office'] or not-speakers [] found"
    ),
    "dublin-student-residence-mould.html:caused by drying clothes indoors": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'students "
        "in her apartment'; found speaker 'a housing officer', kind mixed, 'an email | the "
        "students', time 'in october'"
    ),
    "dublin-student-residence-mould.html:visible mould growth in 31 of the 48 rooms she inspected": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'inspection report'; expected addressee 'university'; expected time 'on 27 "
        "November'; found speaker 'Gráinne Hartigan', kind mixed, ' | ', time ''"
    ),
    "dublin-student-residence-mould.html:the principal cause of the condensation and mould observed": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee, time; "
        "expected speaker 'Gráinne Hartigan'; expected channel 'inspection report'; expected "
        "addressee 'university'; expected time 'on 27 November'; found speaker 'the report', kind "
        "direct, 'the report | ', time ''"
    ),
    "dublin-student-residence-mould.html:asked the Higher Education Authority to report by the end of January": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'Morning "
        "Ireland'; found speaker 'Fergal Dunleavy', kind indirect, 'rté radio 1 | ', time "
        "'yesterday'"
    ),
    "dublin-student-residence-mould.html:That is not a high bar": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; since bodyplaces "
        "speaker and time are right (the minister's name, set off beside 'the Minister for ...', is a "
        "person's, so 'he added' is his) and the channel is the one his statement before has: 'rté "
        "radio 1', expected 'Morning Ireland'; was speaker 'State', kind direct, ' | ', time ''"
    ),
    "port-allen-chemical-terminal-fire.html:like a nail salon times a hundred": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Latasha "
        "Guidry'; found speaker 'a half from the terminal,', kind mixed, 'phone monday | wkbr', "
        "time 'monday'"
    ),
    "port-allen-chemical-terminal-fire.html:I taped plastic over the kids' window": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'phone'; expected addressee 'WKBR'; expected time 'Monday'; found speaker 'Latasha "
        "Guidry', kind direct, ' | ', time ''"
    ),
    "port-allen-chemical-terminal-fire.html:Every time she coughs, I'm looking at the door": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'phone'; expected addressee 'WKBR'; expected time 'Monday'; found speaker 'Latasha "
        "Guidry', kind direct, ' | ', time ''"
    ),
    "port-allen-chemical-terminal-fire.html:the order had been lifted for neighborhoods north of Rosedale Road": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel "
        "'council chambers'; found speaker 'Renee Hebert', kind indirect, 'a facebook live video "
        "from the parish council chambers | ', time 'tuesday afternoon'"
    ),
    "westerby-victorian-pier-fire.html:he had seen a glow beneath the pavilion": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'yesterday'; found "
        "speaker 'Dave Cammack', kind indirect, ' | the chronicle', time '3am'"
    ),
    "westerby-victorian-pier-fire.html:keep at least 200 metres off the pier head": (
        "the coastguard's bidding, placed over the VHF radio, is the coastguard's (nestedtold: "
        "resolving_one.UNQUOTED_BIDDINGS_ON_AN_OCCASION), but the one told is cut to 'boats': the "
        "parser hangs 'in the bay' on the verb; expected addressee 'boats in the bay'"
    ),
    "westerby-victorian-pier-fire.html:The roof of the pavilion went in one piece": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'Chronicle'; expected time 'yesterday'; found speaker 'Dave Cammack', kind direct, ' | ', "
        "time ''"
    ),
    "westerby-victorian-pier-fire.html:My dad took me fishing off the end of that pier": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'Chronicle'; expected time 'yesterday'; found speaker 'Dave Cammack', kind direct, ' | ', "
        "time ''"
    ),
    "westerby-victorian-pier-fire.html:the fifth Victorian pier in England to be badly damaged by fire": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel; expected "
        "speaker 'Seaside Heritage Trust'; expected kind 'indirect'; expected channel 'statement'; "
        "found nothing"
    ),
    "westerby-victorian-pier-fire.html": (
        "sealed page, first run (not yet diagnosed): furniture [] or not-speakers ['Lincolnshire Police'] found"
    ),
    "isabela-typhoon-landfall-evacuees.html:classes at all levels and work in the provincial "
    "government were suspended until Tuesday": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'Facebook "
        "Live'; found speaker 'Isabela Governor Teresita Mangubat', kind indirect, ' | ', time 'at "
        "around 3 a.m.'"
    ),
    "isabela-typhoon-landfall-evacuees.html:leave now while the roads are still passable": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'Facebook "
        "Live'; found speaker 'Isabela Governor Teresita Mangubat', kind direct, 'facebook | ', "
        "time 'at around 3 a.m.'"
    ),
    "isabela-typhoon-landfall-evacuees.html:the seawall at Barangay Dicabisagan had been breached": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee, time; "
        "expected speaker 'Efren Gatdula'; expected channel 'radioed'; expected addressee "
        "'operations center'; expected time 'late Saturday'; found speaker 'Mangubat', kind "
        "indirect, ' | ', time ''"
    ),
    "isabela-typhoon-landfall-evacuees.html:We have not heard from Palanan since 1 a.m.": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'reporters'; expected time 'after an aerial survey was called off'; found speaker "
        "'Mangubat', kind direct, ' | ', time ''"
    ),
    "isabela-typhoon-landfall-evacuees.html:Nothing is left of the corn, nothing": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Sunday "
        "afternoon'; found speaker 'Cesar Tumaliuan', kind direct, ' | ', time ''"
    ),
    "isabela-typhoon-landfall-evacuees.html": (
        "sealed page, first run (not yet diagnosed): furniture ['Rain is now the enemy', 'Should "
        "classes be suspended nationwide'] or not-speakers [] found"
    ),
    "zandvoort-tarzan-clash-penalty.html:He’s just driven straight into me": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'team "
        "radio'; expected time 'on lap 38'; found speaker 'Oskar Lindqvist', kind direct, ' | his "
        "race engineer', time ''"
    ),
    "zandvoort-tarzan-clash-penalty.html:was not sufficiently alongside at the turn-in point": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'at 18:52 on "
        "Sunday'; found speaker 'The stewards’ decision document, published at 18:52 on Sunday,', "
        "kind mixed, 'decision document | ', time 'on sunday'"
    ),
    "zandvoort-tarzan-clash-penalty.html:was not in full control of the car at the apex": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'decision document'; expected time 'at 18:52 on Sunday'; found speaker 'The stewards', "
        "kind mixed, ' | ', time ''"
    ),
    "zandvoort-tarzan-clash-penalty.html:never had a chance": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'media pen'; "
        "found speaker 'Oskar Lindqvist', kind mixed, ' | ', time 'after the race'"
    ),
    "zandvoort-tarzan-clash-penalty.html:I’ve raced him since karting": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'media pen'; "
        "found speaker 'Oskar Lindqvist', kind direct, ' | ', time 'after the race'"
    ),
    "zandvoort-tarzan-clash-penalty.html:I had my front wheel at his mirror": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'media "
        "pen'; expected time 'after the race'; found speaker 'Quintero', kind direct, ' | ', time "
        "''"
    ),
    "zandvoort-tarzan-clash-penalty.html:he would serve the penalty points without an appeal": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'media "
        "pen'; expected time 'after the race'; found speaker 'Quintero', kind indirect, ' | ', time "
        "''"
    ),
    "zandvoort-tarzan-clash-penalty.html:had been about the start and the opening lap only": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee "
        "'reporters'; found speaker 'Henrik Salo', kind indirect, ' | ', time 'on sunday night'"
    ),
    "zandvoort-tarzan-clash-penalty.html:I said lap one": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee "
        "'reporters'; found speaker 'Henrik Salo', kind direct, ' | ', time 'on sunday night'"
    ),
    "zandvoort-tarzan-clash-penalty.html:a move you would get told off for in a junior series": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'post-race "
        "show'; found speaker 'Martin Fairweather', kind mixed, ' | ', time ''"
    ),
    "zandvoort-tarzan-clash-penalty.html:you commit on the straight, not at the turn-in": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'post-race "
        "show'; found speaker 'Martin Fairweather', kind direct, ' | ', time ''"
    ),
    "llanwyddan-birth-centre-closure.html:safe for as long as there are babies to deliver in it": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker "
        "'senior midwifery manager'; found speaker 'Carys Evans', kind mixed, 'a team meeting | staff', "
        "time 'in september'"
    ),
    "llanwyddan-birth-centre-closure.html:no one had been warned of the proposals before they were published": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, addressee; "
        "expected speaker 'midwife'; expected kind 'indirect'; expected addressee 'Gorllewin "
        "Today'; found nothing"
    ),
    "llanwyddan-birth-centre-closure.html:I had Osian in the room at the end of that corridor": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, "
        "addressee, time; expected speaker 'Carys Evans'; expected kind 'direct'; expected channel "
        "'rally'; expected addressee 'crowd'; expected time 'yesterday'; found nothing"
    ),
    "llanwyddan-birth-centre-closure.html:This place is part of who we are": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, "
        "addressee, time; expected speaker 'Carys Evans'; expected kind 'direct'; expected channel "
        "'rally'; expected addressee 'crowd'; expected time 'yesterday'; found nothing"
    ),
    "llanwyddan-birth-centre-closure.html:the plan would leave women in the north of the county "
    "more than an hour from the nearest labour ward": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; since bodyplaces the speaker "
        "is right ('Llinos ap Dafydd MS', the tagger's cut at 'ap' mended); expected time 'on Tuesday'; "
        "was speaker 'Dafydd MS', kind indirect, 'first "
        "minister’s questions | the first minister', time 'during first minister’s questions'"
    ),
    "llanwyddan-birth-centre-closure.html:Mothers in Llanwyddan are not asking for a palace": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; since bodyplaces the speaker "
        "is right ('Llinos ap Dafydd MS', the tagger's cut at 'ap' mended); expected time 'on Tuesday'; "
        "was speaker 'Dafydd MS', kind direct, 'first "
        "minister’s questions | the first minister', time 'during first minister’s questions'"
    ),
    "llanwyddan-birth-centre-closure.html:she had written to the health board asking it to publish "
    "the staffing figures": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; since bodyplaces the speaker "
        "is right ('Llinos ap Dafydd MS', the tagger's cut at 'ap' mended); expected time 'on Tuesday'; "
        "was speaker 'Dafydd MS', kind indirect, 'first "
        "minister’s questions | the first minister', time ''"
    ),
    "flores-volcano-airport-closed.html:seismographs had recorded more than 300 deep volcanic earthquakes": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel "
        "'Bandung'; found speaker 'Hendra Wiratmaja', kind indirect, \"a press conference at the "
        "agency's headquarters in bandung | \", time 'on monday afternoon'"
    ),
    "flores-volcano-airport-closed.html:it had canceled 22 flights to and from Flores and Lembata": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'post on its "
        "official Instagram account'; found speaker 'Sayap Timur Air', kind indirect, 'a post on "
        "its official instagram | ', time ''"
    ),
    "flores-volcano-airport-closed.html:comes before any schedule": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'post on its "
        "official Instagram account'; found speaker 'Sayap Timur Air', kind direct, 'a post on its "
        "official instagram | ', time ''"
    ),
    "flores-volcano-airport-closed.html:she had been due to fly to Bali that afternoon": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Femke "
        "Jansen'; found speaker 'a Dutch backpacker lying on her rucksack beside a shuttered "
        "check-in counter', kind indirect, ' | ', time 'on monday evening'"
    ),
    "flores-volcano-airport-closed.html:Nobody can tell me which tomorrow": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'Monday evening'; "
        "found speaker 'Femke Jansen', kind direct, ' | ', time ''"
    ),
    "flores-volcano-airport-closed.html:the airline had put them up in a hotel for one night": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'Monday evening'; "
        "found speaker 'Leonie Pratt', kind indirect, ' | ', time ''"
    ),
    "flores-volcano-airport-closed.html:Beautiful, honestly, until it wasn't": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'Monday evening'; "
        "found speaker 'Graham', kind direct, ' | ', time ''"
    ),
    "flores-volcano-airport-closed.html:most of his villagers had left with little more than their identity cards": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Yohanes "
        "Kopong Tukan'; found speaker 'that', kind indirect, ' | ', time 'on tuesday morning'"
    ),
    "flores-volcano-airport-closed.html": (
        "sealed page, first run (not yet diagnosed): furniture ['The sky turned black at noon'] or "
        "not-speakers [] found"
    ),
    "alzheimers-drug-health-canada-approval.html:the drug’s benefits outweighed its risks": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Health "
        "Canada'; found speaker 'the federal regulator', kind indirect, 'a statement | ', time "
        "'tuesday'"
    ),
    "alzheimers-drug-health-canada-approval.html:patients should discuss its risks": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Health "
        "Canada'; found speaker 'the federal regulator', kind direct, 'a statement | ', time "
        "'tuesday'"
    ),
    "alzheimers-drug-health-canada-approval.html:by the time it no longer matters for your mother": (
        "sealed page, first run (not yet diagnosed): wrong kind, channel, time; expected kind "
        "'mixed'; expected channel 'appointment'; expected time 'in March'; found speaker 'her "
        "mother’s neurologist', kind indirect, ' | the family', time ''"
    ),
    "alzheimers-drug-health-canada-approval.html:it welcomed the decision": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel; expected "
        "speaker 'Canadian Dementia Network'; expected kind 'indirect'; expected channel "
        "'statement'; found nothing"
    ),
    "alzheimers-drug-health-canada-approval.html:told to wait for a breakthrough that has already arrived": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'question "
        "period'; found speaker 'Ryan Whitcombe', kind mixed, ' | ', time 'on thursday'"
    ),
    "tarrawong-by-election-recount.html:put on the table for everyone to look at, not decided in a corner": (
        "sealed page, first run (not yet diagnosed): wrong speaker, addressee, time; expected "
        "speaker 'senior counting officer'; expected addressee 'scrutineers'; expected time 'at the "
        "start of the count'; found speaker 'Margaret Holcombe', kind mixed, ' | the bellbird', "
        "time ''"
    ),
    "tarrawong-by-election-recount.html:I’ve never seen one run more carefully": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'as the recount got "
        "under way this morning'; found speaker 'Margaret Holcombe', kind direct, ' | the "
        "bellbird', time ''"
    ),
    "tarrawong-by-election-recount.html:papers on which the voter’s intention is clear will not be excluded": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'NSW Electoral "
        "Commission'; found speaker 'a ballot marked with a single 1', kind indirect, ' | ', time "
        "''"
    ),
    "chhomo-glacial-lake-flood-solukhumbu.html:rescuers had accounted for 43 of the people": (
        "the press meet is read (channelphrases) but its phrase runs on to the venue it was held at; "
        "expected not_channel 'District Administration Office'; found channel 'a press meet at the "
        "district administration office in salleri', time 'on monday'"
    ),
    "chhomo-glacial-lake-flood-solukhumbu.html:search teams had recovered the body of a woman": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'press "
        "meet'; expected time 'on Monday'; found speaker 'Bimala Rai', kind indirect, ' | ', time "
        "''"
    ),
    "chhomo-glacial-lake-flood-solukhumbu.html:already coming over the top": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee, time; "
        "expected speaker 'yak herder'; expected channel 'phoned'; expected addressee 'her son'; "
        "expected time 'at about 6.15am'; found speaker 'Pemba Doma Lama', kind mixed, 'telephone | "
        "', time 'yesterday'"
    ),
    "chhomo-glacial-lake-flood-solukhumbu.html:the whole family was out of the building in under ten minutes": (
        "sealed page, first run (not yet diagnosed): wrong kind; expected kind 'indirect'; found "
        "speaker 'Pemba Doma Lama', kind mixed, 'telephone | ', time 'yesterday'"
    ),
    "chhomo-glacial-lake-flood-solukhumbu.html:within ten to twelve days if the river allows it": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel 'Army "
        "Headquarters'; found speaker 'Rajendra Thapa', kind mixed, 'a briefing at army "
        "headquarters in bhadrakali | ', time 'yesterday'"
    ),
    "chhomo-glacial-lake-flood-solukhumbu.html": (
        "sealed page, first run (not yet diagnosed): furniture ['Nobody could outrun it'] or not-speakers [] found"
    ),
    "lorient-trawler-blockade-eu-quotas.html:the crews would take their boats up the Seine to Paris": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'rally'; "
        "expected time 'on Wednesday evening'; found speaker 'Ronan Quéméner', kind indirect, 'a "
        "video call | ', time 'last week'"
    ),
    "lorient-trawler-blockade-eu-quotas.html:a danger to life": (
        "sealed page, first run: wrong speaker 'Atlantic' ('the maritime prefect for the Atlantic'); since "
        "placespeakers 'prefect' is a role noun, and 'the prefect' links back to the last person named in "
        "another role: expected speaker 'Anne-Sophie Le Goff'; found speaker 'Ronan Quéméner', kind mixed, "
        "'a communiqué issued in brest | ', time 'on wednesday night'"
    ),
    "lorient-trawler-blockade-eu-quotas.html:she had ordered an exclusion zone around the boats": (
        "sealed page, first run: wrong speaker, channel, time; since placespeakers its channel and time are "
        "the communiqué's, the speaker still wrong (as 'a danger to life'): expected speaker 'Anne-Sophie "
        "Le Goff'; found speaker 'Ronan Quéméner', kind indirect, 'a communiqué issued in brest | ', time "
        "'on wednesday night'"
    ),
    "lorient-trawler-blockade-eu-quotas.html:she had had no fresh Breton sole since the weekend": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Nolwenn "
        "Guillou'; found speaker 'a fishmonger', kind indirect, ' | the hexagon post', time 'on "
        "wednesday morning'"
    ),
    "lorient-trawler-blockade-eu-quotas.html:why they should pay more for fish that came on a lorry from Holland": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee 'The "
        "Hexagon Post'; expected time 'on Wednesday morning'; found speaker 'Nolwenn Guillou', kind "
        "direct, ' | ', time ''"
    ),
    "lorient-trawler-blockade-eu-quotas.html:every day of this costs me too": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee 'The "
        "Hexagon Post'; expected time 'on Wednesday morning'; found speaker 'Nolwenn Guillou', kind "
        "direct, ' | ', time ''"
    ),
    "lorient-trawler-blockade-eu-quotas.html": (
        "sealed page, first run (not yet diagnosed): furniture ['We will not go quietly'] or not-speakers [] found"
    ),
    "tamarack-state-professor-dismissed-lecture.html:appointment had been terminated": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'faculty'; "
        "found speaker 'Provost Renata Quiñones-Hale', kind mixed, 'an email | ', time 'monday "
        "evening'"
    ),
    "tamarack-state-professor-dismissed-lecture.html:It is not a shield for demeaning the students "
    "we are here to teach": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'faculty'; "
        "found speaker 'Provost Renata Quiñones-Hale', kind direct, 'an email | ', time 'monday "
        "evening'"
    ),
    "tamarack-state-professor-dismissed-lecture.html:a legal fiction kept alive by casino money": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee, time, "
        "not_channel; expected speaker 'Dale Ostrander'; expected channel 'session of HIST 2140'; "
        "expected addressee 'roughly 150 students'; expected time 'Oct. 6'; expected not_channel "
        "'recording of the lecture'; found speaker 'Torch', kind mixed, 'a recording of the lecture "
        "| ', time ''"
    ),
    "tamarack-state-professor-dismissed-lecture.html:he had been paraphrasing an argument made by "
    "opponents of tribal sovereignty": (
        "sealed page, first run (not yet diagnosed): wrong not_channel; expected not_channel "
        "'home'; found speaker 'Dale Ostrander', kind indirect, 'an interview with the torch at his "
        "home | ', time 'on tuesday'"
    ),
    "tamarack-state-professor-dismissed-lecture.html:the university had fired a professor over a clip": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'rally'; "
        "expected time 'on Tuesday afternoon'; found speaker 'Tyler Brandt', kind mixed, ' | ', "
        "time ''"
    ),
    "tamarack-state-professor-dismissed-lecture.html:bypassed every step of the shared governance process": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; expected speaker 'Faculty "
        "Senate'; expected time 'on Tuesday night'; found speaker 'a resolution', kind mixed, 'a "
        "resolution | ', time ''"
    ),
    "abu-dhabi-aid-workers-freed-niger-arrival.html:the three had been handed over to Nigerien authorities": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'late on Saturday'; "
        "found speaker 'UAE Ministry of Foreign Affairs', kind mixed, 'a statement carried by the "
        "state news agency | ', time ''"
    ),
    "abu-dhabi-aid-workers-freed-niger-arrival.html:the three were released to a delegation of local elders": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'RTN'; found "
        "speaker 'Niger’s state broadcaster', kind indirect, ' | ', time ''"
    ),
    "abu-dhabi-aid-workers-freed-niger-arrival.html:We did not know if we would see another morning": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Maricel "
        "Dizon'; found speaker 'A slight woman', kind direct, 'an arrival ceremony in the airport’s "
        "vip terminal | ', time 'on sunday morning'"
    ),
    "abu-dhabi-aid-workers-freed-niger-arrival.html:they would be released": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; expected speaker 'guard'; "
        "expected time 'in the second month of their captivity'; found speaker 'a young man', kind "
        "mixed, ' | him', time ''"
    ),
    "abu-dhabi-aid-workers-freed-niger-arrival.html:The phone rang at ten past nine and it was the ministry": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Saeed Obaid "
        "Al Mazrouei'; found speaker 'Al Ain', kind direct, 'an interview with the gulf ledger | ', "
        "time 'on saturday night'"
    ),
    "abu-dhabi-aid-workers-freed-niger-arrival.html:We kept his room as it was": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Saeed Obaid "
        "Al Mazrouei'; found speaker 'Al Ain', kind direct, 'an interview with the gulf ledger | ', "
        "time 'on saturday night'"
    ),
    "abu-dhabi-aid-workers-freed-niger-arrival.html:the three were being held in a forested area": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'the "
        "alliance'; found speaker 'Nigerien officials', kind indirect, ' | ', time 'in october'"
    ),
    "mendoza-hailstorm-uco-valley-harvest.html:In eleven minutes we lost a year": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; expected speaker 'Rodrigo "
        "Funes Arce'; expected time 'Tuesday morning'; found speaker 'Mendoza', kind direct, ' | "
        "vintrade', time ''"
    ),
    "mendoza-hailstorm-uco-valley-harvest.html:crop on the estate is gone": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'Vintrade'; expected time 'Tuesday morning'; found speaker 'Rodrigo Funes Arce', kind "
        "indirect, ' | ', time ''"
    ),
    "mendoza-hailstorm-uco-valley-harvest.html:We had the money for the nets": (
        "sealed page, first run (not yet diagnosed): wrong addressee, time; expected addressee "
        "'Vintrade'; expected time 'Tuesday morning'; found speaker 'Rodrigo Funes Arce', kind "
        "direct, ' | ', time ''"
    ),
    "mendoza-hailstorm-uco-valley-harvest.html:nothing on the north side will be picked": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'Tuesday morning'; "
        "found speaker 'Valentina Ocampo', kind mixed, ' | ', time ''"
    ),
    "mendoza-hailstorm-uco-valley-harvest.html:It does not cover the customers you lose": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'Tuesday morning'; "
        "found speaker 'Valentina Ocampo', kind direct, ' | ', time ''"
    ),
    "mendoza-hailstorm-uco-valley-harvest.html:she had already warned two supermarket customers": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Priya "
        "Raghunathan'; found speaker '', kind mixed, 'phone from london | vintrade', time ''"
    ),
    "mendoza-hailstorm-uco-valley-harvest.html:that worries me more than one vintage": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee; expected "
        "speaker 'Priya Raghunathan'; expected channel 'phone'; expected addressee 'Vintrade'; "
        "found speaker '', kind direct, ' | ', time ''"
    ),
    "vanuatu-no-confidence-vote-tavoa-ousted.html:one member was absent and no ballots were spoiled": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Joanna Wuel'; "
        "found speaker 'Parliament', kind indirect, ' | ', time ''"
    ),
    "vanuatu-no-confidence-vote-tavoa-ousted.html:cyclone reconstruction would be moved out of the": (
        "the doorstop is carried to the added statement (channelphrases) but not its time; expected "
        "time 'after the vote'; found speaker 'Jimmy Tarip Woleng', kind indirect, 'a doorstop on "
        "the steps of parliament | reporters', time ''"
    ),
    "vanuatu-no-confidence-vote-tavoa-ousted.html:They change the chair, the table stays the same": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Nelly Wari'; "
        "found speaker 'a woman', kind direct, ' | ', time 'on thursday evening'"
    ),
    "bristol-restaurant-loses-michelin-star.html:Tonight we found out that Ashcombe no longer holds a Michelin star": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'Instagram post'; expected time 'late on Monday'; found speaker 'Adaeze Okonkwo', kind "
        "direct, 'online | ', time ''"
    ),
    "bristol-restaurant-loses-michelin-star.html:But I am proud of every plate that left this kitchen this year": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'Instagram post'; expected time 'late on Monday'; found speaker 'Adaeze Okonkwo', kind "
        "direct, 'online | ', time ''"
    ),
    "bristol-restaurant-loses-michelin-star.html:Keep cooking. The guide comes back": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Jun "
        "Nakamura'; found speaker 'the words', kind direct, 'his instagram story | ', time ''"
    ),
    "bristol-restaurant-loses-michelin-star.html:inspectors had visited every starred restaurant in "
    "Britain several times during the year": (
        "sealed page, first run (not yet diagnosed): wrong kind; expected kind 'indirect'; found "
        "speaker 'a Michelin spokesperson', kind mixed, 'a statement emailed to forage | forage & "
        "pour', time 'on tuesday'"
    ),
    "bristol-restaurant-loses-michelin-star.html:she had thought about cancelling for roughly ten seconds": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Wednesday "
        "lunchtime'; found speaker 'Hiroko Matsuda', kind indirect, ' | ', time 'on wednesday'"
    ),
    "bristol-restaurant-loses-michelin-star.html:The star was never why I came": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Wednesday "
        "lunchtime'; found speaker 'Hiroko Matsuda', kind direct, ' | ', time 'on wednesday'"
    ),
    "bristol-restaurant-loses-michelin-star.html:she would be leaving a larger tip than usual": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Wednesday "
        "lunchtime'; found speaker 'Hiroko Matsuda', kind indirect, ' | ', time 'on wednesday'"
    ),
    "alaska-satellite-internet-outage-villages.html:We have elders on home oxygen who cannot send a "
    "message to the clinic": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'teleconference'; expected time 'on Thursday evening'; found speaker 'Evelyn Ayagalria', "
        "kind direct, ' | ', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:the council would open the community hall overnight": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'teleconference'; expected time 'on Thursday evening'; found speaker 'Evelyn Ayagalria', "
        "kind indirect, ' | ', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:search and rescue team had been told to check on every home": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'teleconference'; expected time 'on Thursday evening'; found speaker 'Peter Wassillie', "
        "kind indirect, ' | ', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:we had two days like this and we said never again": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'teleconference'; expected time 'on Thursday evening'; found speaker 'Peter Wassillie', "
        "kind direct, ' | ', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:For us it is not rare. It is February.": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'teleconference'; expected time 'on Thursday evening'; found speaker 'Peter Wassillie', "
        "kind direct, ' | ', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:he had written down the names of 23 households": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'teleconference'; expected time 'on Thursday evening'; found speaker 'Nathan Chikigak', "
        "kind indirect, ' | the council', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:the clinic had lost access to electronic health records": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Maricel "
        "Dizon'; found speaker '', kind indirect, 'nanvarpak | ', time 'on friday'"
    ),
    "alaska-satellite-internet-outage-villages.html:We are writing everything on paper": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Friday'; found "
        "speaker 'Maricel Dizon', kind direct, ' | ', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:the clinic had enough paper charts for about another week": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Friday'; found "
        "speaker 'Maricel Dizon', kind indirect, ' | ', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:People here get paid onto a card": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Friday "
        "afternoon'; found speaker 'Clarence Evon', kind direct, ' | ', time ''"
    ),
    "alaska-satellite-internet-outage-villages.html:engineers had identified a failed amplifier at a ground station": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'NorthReach'; expected channel 'status page'; expected time '4:12 p.m. Friday'; found "
        "speaker 'An update to the status page at 4:12 p.m. Friday', kind indirect, ' | ', time "
        "'friday'"
    ),
    "alaska-satellite-internet-outage-villages.html:We know how much our customers in rural Alaska "
    "depend on this service": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, time; "
        "expected speaker 'NorthReach'; expected kind 'direct'; expected channel 'status page'; "
        "expected time '4:12 p.m. Friday'; found nothing"
    ),
    "alaska-satellite-internet-outage-villages.html:A single part in a building two thousand miles away": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'Federal "
        "Communications Commission'; found speaker 'Agnes Tikiun', kind direct, 'a letter | the "
        "commission', time 'saturday'"
    ),
    "norway-dpa-facial-recognition-cameras-order.html:is not a proportionate answer to a problem of "
    "late-night disorder": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Datatilsynet'; expected channel 'decision'; expected time 'on Tuesday'; found speaker "
        "'the decision', kind direct, ' | ', time ''"
    ),
    "norway-dpa-facial-recognition-cameras-order.html:the group would also ask Datatilsynet to "
    "examine the watch list": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'LinkedIn'; "
        "found speaker 'Sara Lindahl-Osei', kind indirect, 'the post | ', time 'on wednesday'"
    ),
    "norway-dpa-facial-recognition-cameras-order.html": (
        "sealed page, first run (not yet diagnosed): furniture ['We will comply. We also "
        "disagree.'] or not-speakers ['City figures'] found"
    ),
    "tokyo-supreme-court-same-sex-marriage.html:I filed this suit thinking I might not live to see the end of it": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee, time; "
        "expected speaker 'Kazue Takahashi'; expected channel 'steps of the court'; expected "
        "addressee 'reporters'; expected time 'afterwards'; found speaker 'a 58-year-old office "
        "worker from Sapporo', kind direct, ' | ', time ''"
    ),
    "tokyo-supreme-court-same-sex-marriage.html:she would file a marriage registration at her ward office": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'steps of the court'; expected addressee 'reporters'; expected time 'afterwards'; "
        "found speaker 'Kazue Takahashi', kind mixed, ' | ', time '2019'"
    ),
    "tokyo-supreme-court-same-sex-marriage.html:the couple had spent years worried": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'steps of the court'; expected addressee 'reporters'; expected time 'afterwards'; "
        "found speaker 'Ryo Hasegawa', kind indirect, 'this court | ', time ''"
    ),
    "tokyo-supreme-court-same-sex-marriage.html:he wanted to thank": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'steps of the court'; expected addressee 'reporters'; expected time 'afterwards'; "
        "found speaker 'Chen Yu-ting', kind mixed, ' | ', time ''"
    ),
    "tokyo-supreme-court-same-sex-marriage.html:no room for interpretation": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'steps of the court'; expected addressee 'reporters'; expected time 'afterwards'; "
        "found speaker 'Akiko Moriyama', kind mixed, 'the next ordinary diet session | ', time "
        "'january'"
    ),
    "tokyo-supreme-court-same-sex-marriage.html:Marriage is the foundation of society": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'post on X'; "
        "found speaker 'Takeshi Onodera', kind direct, 'the post | ', time 'late on wednesday'"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:What you are looking at is the whole starboard side": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee; expected channel "
        "'tour of the site'; expected addressee 'journalists'; found speaker 'Marta "
        "Wiśniewska-Kowal', kind direct, ' | ', time 'on tuesday' (the speaker's full name read "
        "since speakerpages, the thirty-eighth set)"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:tree-ring dating of two samples": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee; expected channel "
        "'tour of the site'; expected addressee 'journalists'; found speaker 'Marta "
        "Wiśniewska-Kowal', kind indirect, ' | ', time 'on tuesday' (the speaker's full name read "
        "since speakerpages, the thirty-eighth set)"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:at least eleven barrels had been found in the hold": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee; expected channel "
        "'tour of the site'; expected addressee 'journalists'; found speaker 'Marta "
        "Wiśniewska-Kowal', kind indirect, ' | ', time 'on tuesday' (the speaker's full name read "
        "since speakerpages, the thirty-eighth set)"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:We will not open anything here": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee; expected channel "
        "'tour of the site'; expected addressee 'journalists'; found speaker 'Marta "
        "Wiśniewska-Kowal', kind direct, ' | ', time 'on tuesday' (the speaker's full name read "
        "since speakerpages, the thirty-eighth set)"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:he thought he had hit": (
        "sealed page, first run (not yet diagnosed): wrong speaker, addressee, time; expected "
        "speaker 'Andriy Kovalenko'; expected addressee 'her'; expected time 'on the morning of the "
        "find'; found speaker 'Wiśniewska-Kowal', kind mixed, ' | ', time ''"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:he stopped the machine at once": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee; expected channel "
        "'tour of the site'; expected addressee 'journalists'; found speaker 'Marta "
        "Wiśniewska-Kowal', kind indirect, ' | ', time 'on tuesday' (the speaker's full name read "
        "since speakerpages, the thirty-eighth set)"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:never been so happy to break something": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Andriy Kovalenko'; expected channel 'tour of the site'; expected time 'On Tuesday'; found "
        "speaker 'the site manager', kind mixed, ' | journalists', time 'asked by journalists what "
        "he had felt'"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:about the length of my arm": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee, time; "
        "expected speaker 'Tomasz Zieliński'; expected channel 'tour of the site'; expected "
        "addressee 'journalists'; expected time 'On Tuesday'; found speaker 'He', kind mixed, ' | "
        "', time ''"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:the team worked in shifts of 90 minutes": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'tour of the site'; expected addressee 'journalists'; expected time 'On Tuesday'; "
        "found speaker 'Tomasz Zieliński', kind indirect, ' | ', time ''"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:they had also recovered a leather shoe": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'tour of the site'; expected addressee 'journalists'; expected time 'On Tuesday'; "
        "found speaker 'Tomasz Zieliński', kind indirect, ' | ', time ''"
    ),
    "gdansk-harbour-medieval-cog-wreck.html:the lifting of the first sections was planned for early November": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee, time; expected "
        "channel 'tour of the site'; expected addressee 'journalists'; expected time 'On "
        "Tuesday'; found speaker 'Marta Wiśniewska-Kowal', kind indirect, ' | ', time 'at the end "
        "of the tour' (the speaker's full name read since speakerpages, the thirty-eighth set)"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:disappointing but not a verdict on the quality of our teaching": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Wednesday'; "
        "found speaker 'Rosli Hamzah', kind mixed, 'a memo to staff | staff', time 'june 24'"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:This is not the time for blame": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Wednesday'; "
        "found speaker 'Rosli Hamzah', kind direct, 'the memo | staff', time 'june 24'"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:the university had lost 41 foreign academics": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, addressee, time; "
        "expected speaker 'Rosli Hamzah'; expected channel 'memo'; expected addressee 'staff'; "
        "expected time 'on Wednesday'; found speaker 'Prof Rosli', kind indirect, ' | ', time ''"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:he would not be changing the university's policy": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Wednesday'; "
        "found speaker 'Rosli Hamzah', kind indirect, 'a memo to staff | staff', time 'june 24'"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:chase rankings for the sake of rankings": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Thursday'; found "
        "speaker 'Azlan Ghazali', kind mixed, 'the dewan rakyat | ', time 'june 25'"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:whether the ministry's funding formula rewarded universities": (
        "sealed page, first run: wrong channel, time (the speaker, 'a question' on the first run, is Wong Kah Seng "
        "since relative_sources.WHO_IS_THE_NAME_A_THING_COMES_FROM); expected channel 'Dewan Rakyat'; expected "
        "time 'on Thursday'; found speaker 'Wong Kah Seng', kind indirect, ' | ', time ''"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:Rankings are one mirror, not the only mirror": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Thursday'; found "
        "speaker 'Azlan Ghazali', kind direct, 'the dewan rakyat | ', time 'june 25'"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:USP had been asked to submit a full report": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Azlan Ghazali'; expected channel 'Dewan Rakyat'; expected time 'on Thursday'; found "
        "speaker 'Datuk Seri', kind indirect, ' | ', time ''"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:a warning to every public university that depends on "
    "foreign academics": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'supplementary question'; expected time 'on Thursday'; found speaker 'Datuk Hasnul "
        "Ariffin', kind mixed, ' | ', time ''"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:the ministry was reviewing salary scales for lecturers": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Thursday'; found "
        "speaker 'Azlan Ghazali', kind mixed, 'the dewan rakyat | ', time 'june 25'"
    ),
    "universiti-ranking-fall-dewan-rakyat.html:the memo had gone down badly with staff": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Kavitha'; "
        "found speaker 'A senior lecturer', kind indirect, ' | ', time ''"
    ),
    "harlan-springs-swatting-lockdown.html:There was no shooter, there were no victims": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'shortly after 2 "
        "p.m. Wednesday'; found speaker 'Darnell Whitfield', kind direct, 'a facebook live video | "
        "lt. ana castañeda-ruiz', time '2 p.m.'"
    ),
    "harlan-springs-swatting-lockdown.html:claimed to be a student hiding in a second-floor bathroom": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'shortly after 2 "
        "p.m. Wednesday'; found speaker 'Darnell Whitfield', kind indirect, 'a facebook live video "
        "| lt. ana castañeda-ruiz', time ''"
    ),
    "harlan-springs-swatting-lockdown.html:inside the building within four minutes of the call": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'Facebook Live video'; expected time 'shortly after 2 p.m. Wednesday'; found speaker "
        "'Ana Castañeda-Ruiz', kind indirect, ' | ', time '' (the speaker's full name read since "
        "speakerpages, the thirty-eighth set)"
    ),
    "harlan-springs-swatting-lockdown.html:The kids did exactly what they've drilled": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'Facebook Live video'; expected time 'shortly after 2 p.m. Wednesday'; found speaker "
        "'Ana Castañeda-Ruiz', kind direct, ' | ', time '' (the speaker's full name read since "
        "speakerpages, the thirty-eighth set)"
    ),
    "harlan-springs-swatting-lockdown.html:the FBI's Cincinnati field office had been notified": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'shortly after 2 "
        "p.m. Wednesday'; found speaker 'Darnell Whitfield', kind indirect, 'a facebook live video "
        "| lt. ana castañeda-ruiz', time ''"
    ),
    "harlan-springs-swatting-lockdown.html:Whoever did this, we will find you": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'shortly after 2 "
        "p.m. Wednesday'; found speaker 'Darnell Whitfield', kind direct, 'a facebook live video | "
        "lt. ana castañeda-ruiz', time ''"
    ),
    "harlan-springs-swatting-lockdown.html:it's not a drill, they're saying someone got shot": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, time; "
        "expected speaker 'Tyler'; expected kind 'mixed'; expected channel 'texted'; expected time "
        "'at 10:14 a.m.'; found nothing"
    ),
    "harlan-springs-swatting-lockdown.html:cops in the hall dont call me": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; expected speaker 'Tyler'; "
        "expected time 'at 10:31'; found speaker 'The next message, at 10:31,', kind direct, 'the "
        "next message | ', time ''"
    ),
    "harlan-springs-swatting-lockdown.html:the board would ask why the district's first text alert went out": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Luis "
        "Ferrante'; found speaker '', kind mixed, 'a phone interview with wjhr 7 | ', time 'on "
        "thursday morning'"
    ),
    "tengah-worker-heat-death.html:their afternoon break would be cut to ten minutes": (
        "sealed page, first run (not yet diagnosed): wrong speaker, addressee, time; expected "
        "speaker 'site supervisor'; expected addressee 'crew'; expected time 'that morning'; found "
        "speaker 'Arumugam Selvaraj', kind indirect, ' | ', time ''"
    ),
    "tengah-worker-heat-death.html:buried in his village the next morning": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'by phone'; "
        "found speaker 'Abdul Kader', kind indirect, ' | labour asia monitor’s reporter in dhaka', "
        "time ''"
    ),
    "tengah-worker-heat-death.html:fainted from weakness": (
        "sealed page, first run (not yet diagnosed): wrong speaker, addressee; expected speaker "
        "'contractor’s agent'; expected addressee 'family'; found speaker 'Abdul Kader', kind "
        "mixed, ' | labour asia monitor’s reporter in dhaka', time ''"
    ),
    "tengah-worker-heat-death.html:had heard the word heat for the first time": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, "
        "addressee; expected speaker 'Abdul Kader'; expected kind 'indirect'; expected channel 'by "
        "phone'; expected addressee 'Labour Asia Monitor’s reporter'; found nothing"
    ),
    "tengah-worker-heat-death.html:rest breaks were given according to the ministry’s guidelines": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Keng Hup Builders'; expected channel 'emailed reply'; expected time 'on Monday'; found "
        "speaker 'Dhaka', kind indirect, ' | ', time ''"
    ),
    "gelderse-vallei-bird-flu-cull.html:noticed a drop in water intake on Friday": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Wednesday "
        "morning'; found speaker 'Aaltje Bosch-Mulder', kind indirect, ' | ', time ''"
    ),
    "gelderse-vallei-bird-flu-cull.html:You do everything right and it still comes in": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'on Wednesday "
        "morning'; found speaker 'Aaltje Bosch-Mulder', kind direct, ' | ', time ''"
    ),
    "gelderse-vallei-bird-flu-cull.html:waited nine hours for anyone from the NVWA": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Jan-Willem "
        "Oosterhuis'; found speaker 'a broiler farmer', kind indirect, ' | her', time 'on sunday'"
    ),
    "gelderse-vallei-bird-flu-cull.html:Our members are not asking for a miracle": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'NPO "
        "Radio 1'; expected time 'on Tuesday morning'; found speaker 'Wilma Brinkhorst', kind "
        "direct, 'the programme | ', time 'on sunday'"
    ),
    "gelderse-vallei-bird-flu-cull.html:Every winter it is next winter": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'NPO "
        "Radio 1'; expected time 'on Tuesday morning'; found speaker 'Wilma Brinkhorst', kind "
        "direct, 'the programme | ', time 'on sunday'"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:the KFA would name an interim coach": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'after the board "
        "meeting'; found speaker 'Lee Jung-hoon', kind indirect, 'a press conference at the "
        "football house | ', time ''"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:We made mistakes in the last process": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'after the board "
        "meeting'; found speaker 'Lee Jung-hoon', kind direct, 'a press conference at the football "
        "house | ', time ''"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:had begun talks on a settlement": (
        "sealed page, first run (not yet diagnosed): wrong time; expected time 'after the board "
        "meeting'; found speaker 'KFA general secretary Kim Do-yeon', kind indirect, 'the press "
        "conference | ', time 'on friday'"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:We will honor the contract": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; expected speaker 'Kim "
        "Do-yeon'; expected time 'after the board meeting'; found speaker 'Kim Hyun-woo', kind "
        "direct, 'the press conference | ', time 'on friday'"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:I was given no time and no trust": (
        "wrong time (speaker right since documentspeakers: the statement Sequeira hit back in is his); "
        "expected time 'on Wednesday morning'; found speaker 'Rui Sequeira', kind direct, 'the "
        "statement | ', time 'on Wednesday' (the time phrase is cut before 'morning')"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:had learned of his dismissal": (
        "wrong time; expected time 'on Wednesday morning'; found speaker 'Rui Sequeira', kind mixed, "
        "'the statement | the players and the supporters', time 'on Wednesday' (carried from the "
        "statement he hit back in since documentspeakers, cut before 'morning')"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:the statement showed the coach had never understood": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'by phone'; "
        "found speaker 'Choi Seung-ho', kind indirect, 'phone | the hanbit times', time 'wednesday'"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:He had fourteen months and he could not tell us": (
        "sealed page, first run (not yet diagnosed): wrong channel, addressee; expected channel 'by "
        "phone'; expected addressee 'The Hanbit Times'; found speaker 'Choi Seung-ho', kind direct, "
        "'the statement | ', time 'wednesday'"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html:will review the process that led to Sequeira's appointment": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Ministry of "
        "Culture, Sports and Tourism'; found speaker 'a ministry official', kind indirect, ' | ', "
        "time 'on tuesday evening'"
    ),
    "kfa-sacks-sequeira-after-oman-defeat.html": (
        "sealed page, first run (not yet diagnosed): furniture [] or not-speakers ['Kim Hyun-woo'] found"
    ),
    "llallagua-tin-mine-collapse-trapped-miners.html:We have heard knocking on the pipe twice": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Wilfredo Mamani Quispe'; expected channel 'briefing'; expected time 'on Wednesday "
        "evening'; found speaker 'Mamani', kind direct, ' | ', time ''"
    ),
    "llallagua-tin-mine-collapse-trapped-miners.html:a second crew was clearing fallen rock": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel; expected speaker "
        "'Wilfredo Mamani Quispe'; expected channel 'briefing'; found speaker 'Cooperatives', kind "
        "indirect, ' | ', time 'on wednesday evening'"
    ),
    "llallagua-tin-mine-collapse-trapped-miners.html:I am not going to lose a rescuer": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel; expected speaker "
        "'Wilfredo Mamani Quispe'; expected channel 'briefing'; found speaker 'Cooperatives', kind "
        "direct, ' | ', time 'on wednesday evening'"
    ),
    "llallagua-tin-mine-collapse-trapped-miners.html:The state is here and the state is staying here": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Rosario Choque Flores'; expected channel 'briefing'; expected time 'on Wednesday "
        "evening'; found speaker 'Huanuni', kind direct, ' | ', time ''"
    ),
    "llallagua-tin-mine-collapse-trapped-miners.html:the wooden props in the lower gallery were": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Edwin Colque "
        "Condori'; found speaker 'Basilia Condori Huanca', kind mixed, ' | her', time 'on monday'"
    ),
    "llallagua-tin-mine-collapse-trapped-miners.html:a sponge of sixty years of holes": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel; expected speaker "
        "'Gonzalo Arce Villarroel'; expected channel 'by phone'; found speaker 'Arce Villarroel', "
        "kind mixed, 'phone | the meridian', time ''"
    ),
    "llallagua-tin-mine-collapse-trapped-miners.html:The old state company’s maps stop in 1986": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel; expected speaker "
        "'Gonzalo Arce Villarroel'; expected channel 'by phone'; found speaker 'Arce Villarroel', "
        "kind direct, 'phone | the meridian', time ''"
    ),
    "llallagua-tin-mine-collapse-trapped-miners.html:I will be here when they come up": (
        "sealed page, first run (not yet diagnosed): wrong speaker, time; expected speaker 'Basilia "
        "Condori Huanca'; expected time 'night fell on Wednesday'; found speaker 'Arce Villarroel', "
        "kind direct, 'phone | the meridian', time ''"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:the decree would allow the city to hire 120 temporary": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'live stream'; "
        "found speaker 'Mariana Okamoto Sallum', kind indirect, ' | ', time 'on monday night'"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:only if every household does its part": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'live stream'; "
        "found speaker 'Mariana Okamoto Sallum', kind direct, ' | ', time 'on monday night'"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:basic health units would open on Saturdays": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'live stream'; "
        "found speaker 'Mariana Okamoto Sallum', kind indirect, ' | ', time 'on monday night'"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:the number of new cases had doubled": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'live stream'; "
        "found speaker 'Tiago Albuquerque Nunes', kind indirect, 'the broadcast | ', time 'on "
        "monday night'"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:do not take aspirin or anti-inflammatories": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'live stream'; "
        "found speaker 'Tiago Albuquerque Nunes', kind direct, 'the broadcast | ', time 'on monday "
        "night'"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:since the first cases of DENV-3 were detected": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'by phone'; "
        "found speaker 'Helena Vasconcelos Mori', kind mixed, 'phone | brazil report', time ''"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:When a serotype returns after many years": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'by phone'; "
        "found speaker 'Helena Vasconcelos Mori', kind direct, 'phone | brazil report', time ''"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:had sent 1.2 million doses of insecticide": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'Brazil "
        "Report'; found speaker 'Ministry of Health', kind indirect, 'an email | brazil', time ''"
    ),
    "ribeirao-preto-dengue-emergency-live-stream.html:Spend ten minutes on Saturday morning": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'live stream'; "
        "found speaker 'Mariana Okamoto Sallum', kind direct, ' | ', time 'on monday night'"
    ),
    "graubuenden-citizens-assembly-wolf-cull.html:Some of you decided in the last hour": (
        "wrong time: the moment 'before she read out the tally' is the statement's own time (the stated "
        "reader's), the page wants the session's day 'on Sunday afternoon'; the channel is mended "
        "(sessionvoices, open_scenes.MOMENTS_AT_THE_SCENE)"
    ),
    "graubuenden-citizens-assembly-wolf-cull.html:In our valley we have learned to live with the bear": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel 'closing "
        "session'; expected time 'on Sunday afternoon'; found speaker 'Lorenza Crameri', kind "
        "direct, ' | ', time ''"
    ),
    "graubuenden-citizens-assembly-wolf-cull.html:the valleys and the towns can still talk to each other": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'Mathias "
        "Bonifazi'; found speaker 'Graubünden', kind mixed, 'facebook | ', time 'on sunday night'"
    ),
    "graubuenden-citizens-assembly-wolf-cull.html:Talking is exactly what we did": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'by phone'; "
        "found speaker 'Ana Lúcia Ferreira', kind direct, 'phone | the helvetic herald', time "
        "'asked about the post'"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:paid farmers within 48 hours": (
        "sealed page, first run (not yet diagnosed): wrong channel, time (the speaker right since "
        "names_beside.OFFICES_READ_AS_BODIES); expected channel \"delegates' conference\"; expected time 'on "
        "Saturday'; found speaker 'Akosua Serwaa Bediako', kind indirect, "
        "'the ghana cocoa board | the ghana cocoa board (cocobod', time ''"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:there was no money to pay for beans already weighed": (
        "sealed page, first run (not yet diagnosed): wrong addressee; expected addressee 'women "
        "farmers'; found speaker 'a purchasing clerk of a licensed buying company at Sefwi Wiawso', "
        "kind indirect, ' | women', time 'last month'"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:to remain calm and to present their demands through dialogue": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "\"delegates' conference\"; expected time 'on Saturday'; found speaker 'Nana Boakye Ansah "
        "Debrah II', kind indirect, ' | the farmers', time ''"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:since the days of Tetteh Quarshie": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "\"delegates' conference\"; expected time 'on Saturday'; found speaker 'Nana Boakye Ansah "
        "Debrah II', kind mixed, ' | the farmers', time ''"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:Go to Abidjan and ask what they pay": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "\"delegates' conference\"; expected time 'on Saturday'; found speaker 'Opanin Kwadwo "
        "Tweneboah', kind direct, ' | ', time ''"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:had destroyed eight of his fifteen acres": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "\"delegates' conference\"; expected time 'on Saturday'; found speaker 'Opanin Kwadwo "
        "Tweneboah', kind indirect, ' | ', time ''"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:the price should be reviewed before the light crop season": (
        "sealed page, first run (not yet diagnosed): wrong channel, time (the speaker whole since namespans, "
        "forty-fourth set: tagged_names.NAMES_CUT_AROUND_AN_UNTAGGED_WORD); expected channel 'sidelines of the "
        "conference'; expected time 'on Saturday'; found kind indirect, 'the conference | ashanti chronicle', "
        "time ''"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:everybody knows a man who has taken his beans": (
        "sealed page, first run (not yet diagnosed): wrong channel, time (the speaker whole since namespans, "
        "forty-fourth set: tagged_names.NAMES_CUT_AROUND_AN_UNTAGGED_WORD); expected channel 'sidelines of the "
        "conference'; expected time 'on Saturday'; found kind direct, 'the conference | ashanti chronicle', "
        "time ''"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:represented 70 per cent of the net FOB price": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'COCOBOD'; "
        "found speaker '', kind indirect, 'a statement issued in accra | ', time 'on sunday'"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:The Board has paid all outstanding arrears": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'COCOBOD'; "
        "found speaker 'the statement', kind direct, 'the statement | ', time 'on sunday'"
    ),
    "kumasi-cocoa-farmers-farm-gate-price.html:the Board's figures did not match": (
        "sealed page, first run (not yet diagnosed): wrong speaker, kind, channel; expected speaker "
        "'Kwaku Agyemang-Duah'; expected kind 'indirect'; expected channel 'by phone'; found "
        "speaker 'Nana Agyemang-Duah', kind mixed, 'phone | ashanti chronicle', time 'on monday'"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:he would step down at the end of December": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'assembly'; expected time 'on Thursday evening'; found speaker 'Hernán Valdivieso "
        "Ortúzar', kind indirect, ' | ', time ''"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:I have lost the confidence of this community": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Hernán Valdivieso Ortúzar'; expected channel 'assembly'; expected time 'on Thursday "
        "evening'; found speaker 'Valdivieso', kind direct, 'a lectern | ', time ''"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:had asked the university’s board of "
    "directors to appoint an interim rector": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Hernán Valdivieso Ortúzar'; expected channel 'assembly'; expected time 'on Thursday "
        "evening'; found speaker 'Avenida España', kind indirect, ' | ', time ''"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:I made mistakes in March": (
        "sealed page, first run (not yet diagnosed): wrong speaker, channel, time; expected speaker "
        "'Hernán Valdivieso Ortúzar'; expected channel 'assembly'; expected time 'on Thursday "
        "evening'; found speaker 'Avenida España', kind direct, ' | ', time ''"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:a first step, not a victory": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'assembly'; expected time 'on Thursday evening'; found speaker 'Catalina Huenchullán "
        "Painemal', kind mixed, ' | ', time 'after the rector'"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:We did not occupy this building to take one man’s head": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'assembly'; expected time 'on Thursday evening'; found speaker 'Catalina Huenchullán "
        "Painemal', kind direct, ' | ', time 'after the rector'"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:never decide anything under pressure": (
        "sealed page, first run (not yet diagnosed): wrong channel; expected channel 'talks'; found "
        "speaker 'Patricio Lagos Ibáñez', kind mixed, ' | student delegates', time 'during talks on "
        "monday'"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:the occupation would continue until the board adopted": (
        "sealed page, first run (not yet diagnosed): wrong speaker; expected speaker 'FEUTL'; found "
        "speaker 'The federation', kind indirect, 'instagram | ', time 'late on thursday'"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:has seen four rectors leave": (
        "sealed page, first run (not yet diagnosed): wrong found, speaker, kind, channel, time; "
        "expected speaker 'Rosa Quispe Mamani'; expected kind 'indirect'; expected channel "
        "'assembly'; expected time 'on Thursday evening'; found nothing"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:None of them ever left because of the students": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'assembly'; expected time 'on Thursday evening'; found speaker 'Rosa Quispe Mamani', kind "
        "direct, ' | ', time ''"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html:the students had let the cleaning staff "
    "into the occupied buildings": (
        "sealed page, first run (not yet diagnosed): wrong channel, time; expected channel "
        "'assembly'; expected time 'on Thursday evening'; found speaker 'Rosa Quispe Mamani', kind "
        "indirect, ' | ', time ''"
    ),
    "valparaiso-rector-resigns-occupation-assembly.html": (
        "sealed page, first run (not yet diagnosed): furniture ['Protocol now.'] or not-speakers [] found"
    ),
    "province-house-question-period-ambulance-offload-premier-scrum.html:managing a crisis by press release": (
        "sessionpages page, first run (blind): the question period set once in the lede ('during a heated "
        "question period at Province House on Thursday') is not carried to this voice (channel, time); the "
        "quoted words 'press release' taken for the channel; expected channel 'question period'; expected time "
        "'on Thursday'; found speaker 'Danielle Comeau', kind mixed, 'press release | ', time ''"
    ),
    "province-house-question-period-ambulance-offload-premier-scrum.html:offload delays had risen by 18 per cent": (
        "sessionpages page, first run (blind): its own time 'Wednesday' is not read; expected time 'Wednesday'; "
        "found speaker 'Emergency Health Services', kind indirect, 'its annual performance report | ', time ''"
    ),
    "province-house-question-period-ambulance-offload-premier-scrum.html:How many more families have to wait": (
        "sessionpages page, first run (blind): the question period set once in the lede ('during a heated "
        "question period at Province House on Thursday') is not carried to this voice (channel, time); its own "
        "addressee 'premier' is not read; the quoted words 'press release' of the lede carried as the channel; "
        "expected channel 'question period'; expected addressee 'premier'; expected time 'on Thursday'; found "
        "speaker 'Danielle Comeau', kind direct, 'press release | ', time ''"
    ),
    "province-house-question-period-ambulance-offload-premier-scrum.html:choose their words with a little more care": (
        "sessionpages page, first run (blind): the Speaker's ruling ('Speaker Keith Dunphy rose to ask members "
        'on both sides to "..." after a government backbencher called\') goes to the backbencher of the '
        "after-clause; kind read as direct; the question period set once in the lede ('during a heated question "
        "period at Province House on Thursday') is not carried to this voice (channel, time); its own addressee "
        "'members on both sides' is not read; expected speaker 'Keith Dunphy'; expected kind 'mixed'; expected "
        "channel 'question period'; expected addressee 'members on both sides'; expected time 'on Thursday'; "
        "found speaker 'a government backbencher', kind direct, ' | ', time ''"
    ),
    "dail-leaders-questions-school-transport-seats-taoiseach-morning-ireland.html:standing at the side of the road": (
        "sessionpages page, first run (blind): the lede's after-clause ('after opposition leaders used Leaders' "
        'Questions yesterday to accuse the Government of leaving thousands of families "..."\') is given to the '
        "main clause's Taoiseach; Leaders' Questions set once in the lede ('used Leaders' Questions yesterday') "
        "is not carried to this voice (channel, time); expected speaker 'opposition leaders'; expected channel "
        "'Leaders' Questions'; expected time 'yesterday'; found speaker 'Taoiseach Micheál Ó Cinnéide', kind "
        "mixed, ' | ', time ''"
    ),
    "dail-leaders-questions-school-transport-seats-taoiseach-morning-ireland.html:how does that happen "
    "in a country with a budget surplus": (
        "sessionpages page, first run (blind): Leaders' Questions set once in the lede ('used Leaders' Questions "
        "yesterday') is not carried to this voice (channel, time); its own addressee 'Taoiseach' is not read; "
        "expected channel 'Leaders' Questions'; expected addressee 'Taoiseach'; expected time 'yesterday'; found "
        "speaker 'Aoife Nic Giolla Phádraig', kind direct, ' | ', time ''"
    ),
    "dail-leaders-questions-school-transport-seats-taoiseach-morning-ireland.html:entitled to be heard in silence": (
        "sessionpages page, first run (blind): the title before an appositive name ('The Ceann Comhairle, Tomás "
        "Ó Dálaigh,') is kept as the speaker, the name dropped; Leaders' Questions set once in the lede ('used "
        "Leaders' Questions yesterday') is not carried to this voice (channel, time); its own addressee 'Sinn "
        "Féin benches' is not read; expected speaker 'Tomás Ó Dálaigh'; expected channel 'Leaders' Questions'; "
        "expected addressee 'Sinn Féin benches'; expected time 'yesterday'; found speaker 'Ceann Comhairle', "
        "kind mixed, ' | ', time ''"
    ),
    "dail-leaders-questions-school-transport-seats-taoiseach-morning-ireland.html:she had asked Bus "
    "Éireann to look at whether larger buses": (
        "sessionpages page, first run (blind): its own channel 'Morning Ireland' is not read; the programme ('on "
        "RTÉ Radio One's Morning Ireland') is not read as the channel; expected channel 'Morning Ireland'; found "
        "speaker 'Gráinne Ní Bhriain', kind indirect, ' | ', time 'this morning'"
    ),
    "dail-leaders-questions-school-transport-seats-taoiseach-morning-ireland.html:a 53-seater instead of "
    "a 33-seater on the right route": (
        "sessionpages page, first run (blind): its own channel 'Morning Ireland' is not read; expected channel "
        "'Morning Ireland'; found speaker 'Gráinne Ní Bhriain', kind direct, ' | ', time 'this morning' (the speaker "
        "and time since placenames, forty-third set: the minister's untagged name with its Gaelic surname is a "
        "person's, name_shapes.GAELIC_SURNAMES_WHOLE, so 'she' finds her, not Bus Éireann)"
    ),
    "dail-leaders-questions-school-transport-seats-taoiseach-morning-ireland.html:sorry for every parent "
    "who is driving an hour": (
        "sessionpages page, first run (blind): its own channel 'Morning Ireland' is not read; expected channel "
        "'Morning Ireland'; found speaker 'Gráinne Ní Bhriain', kind mixed, ' | ', time 'this morning' (the speaker "
        "and time since placenames, forty-third set: name_shapes.GAELIC_SURNAMES_WHOLE)"
    ),
    "selangor-assembly-budget-2027-debate-opposition-speaker-ruling-economist.html:a budget for the "
    "people who keep Selangor moving": (
        "sessionpages page, first run (blind): its own channel 'budget speech' is not read; expected channel "
        "'budget speech'; found speaker 'Kamaruzzaman Mohd Yusof', kind mixed, ' | ', time 'on friday'"
    ),
    "selangor-assembly-budget-2027-debate-opposition-speaker-ruling-economist.html:the state expected "
    "revenue of RM2.96 billion next year": (
        "sessionpages page, first run (blind): its own time 'on Friday' is not read; expected time 'on Friday'; "
        "found speaker 'Kamaruzzaman Mohd Yusof', kind indirect, 'his speech | ', time 'next year'"
    ),
    "selangor-assembly-budget-2027-debate-opposition-speaker-ruling-economist.html:outside the scope of "
    "the budget debate": (
        "sessionpages page, first run (blind): the budget debate set once in the lede ('as the debate on the "
        "RM3.12 billion Selangor Budget 2027 opened here yesterday') is not carried to this voice (channel, "
        "time); 'Amid the shouting' read as the time; expected channel 'debate'; expected time 'yesterday'; "
        "found speaker 'Haji Rizal Abdullah', kind mixed, ' | ', time 'amid the shouting'"
    ),
    "selangor-assembly-budget-2027-debate-opposition-speaker-ruling-economist.html:This House will "
    "debate the budget that was tabled": (
        "sessionpages page, first run (blind): the budget debate set once in the lede ('as the debate on the "
        "RM3.12 billion Selangor Budget 2027 opened here yesterday') is not carried to this voice (channel, "
        "time); expected channel 'debate'; expected time 'yesterday'; found speaker 'Haji Rizal Abdullah', kind "
        "direct, ' | ', time 'amid the shouting'"
    ),
    "selangor-assembly-budget-2027-debate-opposition-speaker-ruling-economist.html:the delays in earlier "
    "years were caused by land acquisition": (
        "sessionpages page, first run (blind): the budget debate set once in the lede ('as the debate on the "
        "RM3.12 billion Selangor Budget 2027 opened here yesterday') is not carried to this voice (channel, "
        "time); expected channel 'debate'; expected time 'yesterday'; found speaker 'R. Gunasegaran a/l "
        "Ramasamy', kind indirect, ' | ', time ''"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:so that everyone who "
    "waited gets heard tonight": (
        "sessionpages page, first run (blind): the council meeting set once in the lede ('Tuesday night', 'a "
        "meeting that ran past midnight') is not carried to this voice (channel); expected channel 'meeting'; "
        "found speaker 'Linda Okafor', kind mixed, ' | speakers', time 'tuesday night'"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:I'm asking for fewer "
    "than 640 houses": (
        "sessionpages page, first run (blind): the council meeting set once in the lede ('Tuesday night', 'a "
        "meeting that ran past midnight') is not carried to this voice (channel, time); expected channel 'public "
        "comment'; expected time 'Tuesday night'; found speaker 'Gary Lindqvist', kind direct, ' | ', time ''"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:watched every single "
    "one go to someone paying cash": (
        "sessionpages page, first run (blind): the council meeting set once in the lede ('Tuesday night', 'a "
        "meeting that ran past midnight') is not carried to this voice (channel, time); expected channel 'public "
        "comment'; expected time 'Tuesday night'; found speaker 'Maribel Ortega', kind mixed, ' | council "
        "members', time ''"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:This is what that looks like": (
        "sessionpages page, first run (blind): the council meeting set once in the lede ('Tuesday night', 'a "
        "meeting that ran past midnight') is not carried to this voice (channel, time); expected channel 'public "
        "comment'; expected time 'Tuesday night'; found speaker 'Maribel Ortega', kind direct, ' | council "
        "members', time ''"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:Nobody has told me "
    "where the heron goes": (
        "sessionpages page, first run (blind): the council meeting set once in the lede ('Tuesday night', 'a "
        "meeting that ran past midnight') is not carried to this voice (channel, time); expected channel 'public "
        "comment'; expected time 'Tuesday night'; found speaker 'Harold Bemis', kind direct, ' | ', time ''"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:the city could lose a "
    "$9.2 million state infill grant": (
        "sessionpages page, first run (blind): the council meeting set once in the lede ('Tuesday night', 'a "
        "meeting that ran past midnight') is not carried to this voice (channel, time); expected channel "
        "'meeting'; expected time 'Tuesday night'; found speaker 'Terrence Abiola', kind indirect, ' | the "
        "council', time ''"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:staff had cut the "
    "number of homes from 780 to 640": (
        "sessionpages page, first run (blind): the council meeting set once in the lede ('Tuesday night', 'a "
        "meeting that ran past midnight') is not carried to this voice (channel, time); expected channel "
        "'meeting'; expected time 'Tuesday night'; found speaker 'Terrence Abiola', kind indirect, ' | the "
        "council', time ''"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:It is a reason to vote": (
        "sessionpages page, first run (blind): the council meeting set once in the lede ('Tuesday night', 'a "
        "meeting that ran past midnight') is not carried to this voice (channel, time); expected channel "
        "'meeting'; expected time 'Tuesday night'; found speaker 'Terrence Abiola', kind direct, ' | the "
        "council', time ''"
    ),
    "marlow-springs-council-golf-course-housing-public-comment-city-manager.html:an acceptable level of service": (
        "sessionpages page, first run (blind): its own channel 'Planning and Land Use Committee hearing' is not "
        "read; its own time 'last week' is not read; 'At that hearing' not linked back to the Planning and Land "
        "Use Committee hearing it names; expected channel 'Planning and Land Use Committee hearing'; expected "
        "time 'last week'; found speaker 'Priya Natarajan', kind mixed, 'that hearing | committee members', time "
        "''"
    ),
    "senate-agriculture-committee-nfa-spoiled-rice-hearing-administrator-coa.html:why the rice was not "
    "moved to another warehouse": (
        "sessionpages page, first run (blind): a Filipino name with 'Ma.' inside it ('Sen. Joaquin Ma. de Leon "
        "Lacson') cut to 'de Leon Lacson'; the committee hearing, its day given once ('Senators on Tuesday "
        "demanded', 'At the first hearing of the Senate committee') is not carried to this voice (channel, "
        "time); expected speaker 'Joaquin Ma. de Leon Lacson'; expected channel 'hearing'; expected time 'on "
        "Tuesday'; found speaker 'de Leon Lacson', kind indirect, 'the panel | panganiban', time ''"
    ),
    "senate-agriculture-committee-nfa-spoiled-rice-hearing-administrator-coa.html:Then why did you "
    "accept another shipment in March": (
        "sessionpages page, first run (blind): a Filipino name with 'Ma.' inside it ('Joaquin Ma. de Leon "
        "Lacson') cut to 'de Leon Lacson'; the committee hearing, its day given once ('Senators on Tuesday "
        "demanded', 'At the first hearing of the Senate committee') is not carried to this voice (channel, "
        "time); expected speaker 'Joaquin Ma. de Leon Lacson'; expected channel 'hearing'; expected time 'on "
        "Tuesday'; found speaker 'de Leon Lacson', kind direct, 'the panel | the panel', time ''"
    ),
    "senate-agriculture-committee-nfa-spoiled-rice-hearing-administrator-coa.html:inadequate warehouse maintenance": (
        "sessionpages page, first run (blind): the body before the title and name ('Commission on Audit (COA) "
        "supervising auditor Lourdes P. Magsaysay-Tan told senators') taken for the speaker; the committee "
        "hearing, its day given once ('Senators on Tuesday demanded', 'At the first hearing of the Senate "
        "committee') is not carried to this voice (channel, time); expected speaker 'Lourdes P. Magsaysay-Tan'; "
        "expected channel 'hearing'; expected time 'on Tuesday'; found speaker 'Commission on Audit', kind "
        "mixed, ' | senators', time ''"
    ),
    "senate-agriculture-committee-nfa-spoiled-rice-hearing-administrator-coa.html:We wrote it down. It "
    "was in the report": (
        "sessionpages page, first run (blind): the committee hearing, its day given once ('Senators on Tuesday "
        "demanded', 'At the first hearing of the Senate committee') is not carried to this voice (channel, "
        "time); its own addressee 'senators' is not read; expected channel 'hearing'; expected addressee "
        "'senators'; expected time 'on Tuesday'; found speaker 'Lourdes P. Magsaysay-Tan', kind direct, ' | ', "
        "time ''"
    ),
    "senate-agriculture-committee-nfa-spoiled-rice-hearing-administrator-coa.html:Now we know what the "
    "space was used for": (
        "sessionpages page, first run (blind): an honorific and a nickname ('Ka Dionisio \"Dio\" Manalastas') cut "
        "to 'Ka Dionisio'; expected speaker 'Dionisio Manalastas'; found speaker 'Ka Dionisio', kind direct, "
        "'phone | the philippine courant', time ''"
    ),
    "rotorua-inquest-forestry-worker-tree-felling-coroner-foreman-whanau.html:Rangiāwhio had not "
    "completed the tree-felling unit": (
        "sessionpages page, first run (blind): 'Under questioning from counsel for the whānau, Rachel Henare, "
        "Paki accepted that': the questioner of the opening phrase taken for the speaker, not the subject of "
        "'accepted'; the inquest, its day given once ('The inquest before Coroner Aroha Whakamoe opened at the "
        "Rotorua District Court on Wednesday') is not carried to this voice (channel, time); expected speaker "
        "'Wiremu Paki'; expected channel 'inquest'; expected time 'on Wednesday'; found speaker 'Rachel Henare', "
        "kind indirect, ' | ', time ''"
    ),
    "rotorua-inquest-forestry-worker-tree-felling-coroner-foreman-whanau.html:We were told to make the numbers work": (
        "sessionpages page, first run (blind): the inquest, its day given once ('The inquest before Coroner "
        "Aroha Whakamoe opened at the Rotorua District Court on Wednesday') is not carried to this voice (time); "
        "expected time 'on Wednesday'; found speaker 'Wiremu Paki', kind direct, 'an inquest in rotorua | ', "
        "time 'asked whether anything changed after those conversations'"
    ),
    "rotorua-inquest-forestry-worker-tree-felling-coroner-foreman-whanau.html:the company had a written "
    "policy forbidding new workers": (
        "sessionpages page, first run (blind): a nested appositive ('Counsel for the forestry contractor, Pōtae "
        "Logging Ltd, Gareth Simmonds, suggested') read as the company, not the counsel; the inquest, its day "
        "given once ('The inquest before Coroner Aroha Whakamoe opened at the Rotorua District Court on "
        "Wednesday') is not carried to this voice (channel, time); expected speaker 'Gareth Simmonds'; expected "
        "channel 'inquest'; expected time 'on Wednesday'; found speaker 'Pōtae Logging Ltd', kind indirect, ' | "
        "paki', time ''"
    ),
    "rotorua-inquest-forestry-worker-tree-felling-coroner-foreman-whanau.html:Nobody read the folder": (
        "sessionpages page, first run (blind): the inquest, its day given once ('The inquest before Coroner "
        "Aroha Whakamoe opened at the Rotorua District Court on Wednesday') is not carried to this voice (time); "
        "expected time 'on Wednesday'; found speaker 'Wiremu Paki', kind direct, 'an inquest in rotorua | ', "
        "time ''"
    ),
    "rotorua-inquest-forestry-worker-tree-felling-coroner-foreman-whanau.html:had a visible lean and a "
    "split at its base": (
        "sessionpages page, first run (blind): the inquest, its day given once ('The inquest before Coroner "
        "Aroha Whakamoe opened at the Rotorua District Court on Wednesday') is not carried to this voice (time); "
        "its own channel 'evidence' is not read; expected channel 'evidence'; expected time 'on Wednesday'; "
        "found speaker 'Lisa Tuhoe-Carr', kind indirect, ' | ', time ''"
    ),
    "rotorua-inquest-forestry-worker-tree-felling-coroner-foreman-whanau.html:He rang me on his first day": (
        "sessionpages page, first run (blind): its own channel 'statement' is not read; 'read a statement on "
        "behalf of the whānau' is not read as the channel of the quotes that follow; expected channel "
        "'statement'; found speaker 'Mere Rangiāwhio', kind direct, ' | ', time ''"
    ),
    "rotorua-inquest-forestry-worker-tree-felling-coroner-foreman-whanau.html:they sent him out alone": (
        "sessionpages page, first run (blind): its own channel 'statement' is not read; expected channel "
        "'statement'; found speaker 'Mere Rangiāwhio', kind direct, ' | ', time ''"
    ),
    "rotorua-inquest-forestry-worker-tree-felling-coroner-foreman-whanau.html:no worker be allowed to "
    "fell trees without a qualified faller": (
        "sessionpages page, first run (blind): its own channel 'statement' is not read; expected channel "
        "'statement'; found speaker 'The whānau', kind indirect, ' | ', time ''"
    ),
    "punjab-assembly-wheat-procurement-price-walkout.html:No farmer in Punjab will be left at the mercy": (
        "namepages page, first run (blind): 'Joiya' not linked to the cut first mention; an as-clause taken "
        "as the time, the sitting's day not carried; wrong speaker, time; found speaker 'Joiya', kind direct,"
        " ' | ', time 'as opposition members chanted slogans in front of the speaker’s dais'"
    ),
    "punjab-assembly-wheat-procurement-price-walkout.html:1.9 million tonnes of wheat from the last crop": (
        "namepages page, first run (blind): the assembly sitting's 'on Tuesday' not carried to another member"
        " taking part; wrong time; found speaker 'Chaudhry Zulfiqar Ali Cheema', kind indirect, 'the "
        "resolution | the house', time ''"
    ),
    "punjab-assembly-wheat-procurement-price-walkout.html:We will not let the flour mills hold this province": (
        "namepages page, first run (blind): the sitting's day not carried to another member's quote; wrong "
        "time; found speaker 'Chaudhry Zulfiqar Ali Cheema', kind direct, ' | the house', time ''"
    ),
    "punjab-assembly-wheat-procurement-price-walkout.html:the bardana was sold in the bazaar": (
        "namepages page, first run (blind): the surname 'Noon' of 'Noon told the committee' read as the time "
        "'noon'; wrong time; found speaker 'Rana Ijaz Ahmed Noon', kind mixed, ' | the committee', time "
        "'noon'"
    ),
    "catanduanes-typhoon-relief-barangays-cut-off.html:14 deaths had been confirmed in the province": (
        "namepages page, first run (blind): 'Jose Ma. Buenconsejo' read as 'Buenconsejo' (the given names "
        "before 'Ma.' cut); wrong speaker; found speaker 'Buenconsejo', kind indirect, 'a press briefing at "
        "the provincial capitol | ', time 'on sunday afternoon'"
    ),
    "catanduanes-typhoon-relief-barangays-cut-off.html:We are asking families not to go back to the slopes": (
        "namepages page, first run (blind): 'Jose Ma. Buenconsejo' read as 'Buenconsejo'; wrong speaker; "
        "found speaker 'Buenconsejo', kind direct, 'a press briefing at the provincial capitol | ', time 'on "
        "sunday afternoon'"
    ),
    "catanduanes-typhoon-relief-barangays-cut-off.html:212 families were sleeping in the chapel": (
        "namepages page, first run (blind): 'Barangay Captain Erlinda dela Peña told ...': no speaker (a "
        "lower-case particle 'dela' inside the name); wrong speaker; found speaker '', kind indirect, 'phone "
        "| bicolandia today', time 'on monday'"
    ),
    "catanduanes-typhoon-relief-barangays-cut-off.html:We are eating the rice the church brought": (
        "namepages page, first run (blind): 'dela Peña' not linked to the first mention; the phone call to "
        "the site not carried to the quote; wrong speaker, addressee, time; found speaker 'dela Peña', kind "
        "direct, ' | ', time ''"
    ),
    "inis-oirr-ferry-contract-lapses-dail.html:treated like an afterthought": (
        "namepages page, first run (blind): 'during Leaders’ Questions in the Dáil' not read as the channel; "
        "wrong channel; found speaker 'Áine Ní Chonghaile', kind mixed, ' | ', time 'on tuesday'"
    ),
    "inis-oirr-ferry-contract-lapses-dail.html:Would this Government accept a single day without a bus": (
        "namepages page, first run (blind): 'Leaders’ Questions' not read as the channel; wrong channel; "
        "found speaker 'Áine Ní Chonghaile', kind direct, ' | the taoiseach', time 'on tuesday'"
    ),
    "inis-oirr-ferry-contract-lapses-dail.html:would bring a memo to Cabinet next week": (
        "namepages page, first run (blind): the sitting (Leaders’ Questions, on Tuesday) not carried to the "
        "Taoiseach answering; wrong channel, time; found speaker 'Taoiseach Colm Ó Briain', kind mixed, ' | "
        "', time ''"
    ),
    "inis-oirr-ferry-contract-lapses-dail.html:I will not stand here and pretend that this was handled well": (
        "namepages page, first run (blind): the sitting not carried; wrong channel, time; found speaker "
        "'Taoiseach Colm Ó Briain', kind direct, ' | ', time '' (the speaker since placenames, forty-third set: the "
        "untagged 'Taoiseach Colm Ó Briain' is a person's name, name_shapes.GAELIC_SURNAMES_WHOLE, which 'Mr Ó "
        "Briain' joins)"
    ),
    "inis-oirr-ferry-contract-lapses-dail.html:the emergency contract would cost about €410,000": (
        "namepages page, first run (blind): 'Speaking later on Raidió an Iarthair': a station's name not read"
        " as the channel; wrong channel; found speaker 'Ruairí Mac Donncha', kind indirect, ' | ', time "
        "'later'"
    ),
    "inis-oirr-ferry-contract-lapses-dail.html:the review would be finished before the new contract was signed": (
        "namepages page, first run (blind): 'The Tánaiste added': the day not carried to the continuation; "
        "wrong time; found speaker 'Tánaiste Siobhán Nic Aodha', kind indirect, ' | reporters', time ''"
    ),
    "apapa-port-scanning-rule-manufacturers-losses.html:would not withdraw the directive": (
        "namepages page, first run (blind): 'the Minister of Industry, Trade and Investment, Dr (Mrs) "
        "Folasade Adeyemi-Okafor, said': the title phrase is the speaker, the name after 'Dr (Mrs)' not "
        "taken; wrong speaker; found speaker 'the Minister of Industry, Trade and Investment', kind indirect,"
        " 'a stakeholders’ meeting in lagos | ', time 'on thursday'"
    ),
    "apapa-port-scanning-rule-manufacturers-losses.html:11,400 containers were awaiting examination": (
        "namepages page, first run (blind): 'In a statement signed by its General Manager ..., Mrs Halimat "
        "Abdulsalam, the Nigerian Ports Authority said': the signer taken as the speaker, not the Authority; "
        "wrong speaker; found speaker 'Halimat Abdulsalam', kind mixed, 'a statement on friday signed by its "
        "general manager | ', time 'on friday'"
    ),
    "apapa-port-scanning-rule-manufacturers-losses.html:had also suspended storage charges": (
        "namepages page, first run (blind): 'The Authority' not linked to the Nigerian Ports Authority; the "
        "statement not carried; wrong speaker, channel, time; found speaker 'The Authority', kind indirect, '"
        " | ', time ''"
    ),
    "apapa-port-scanning-rule-manufacturers-losses.html:two of the new scanners had arrived": (
        "namepages page, first run (blind): 'The Managing Director of the Authority, Engr. Babatunde "
        "Olaniyan, told journalists during an inspection ... that': no statement found; wrong found, speaker,"
        " kind, channel, addressee, time; found nothing"
    ),
    "apapa-port-scanning-rule-manufacturers-losses.html:denied that its officers were demanding payment": (
        "namepages page, first run (blind): 'The Nigeria Customs Service, in a statement by ..., denied "
        "that': no statement found after the interruption; wrong found, speaker, kind, channel; found nothing"
    ),
    "apapa-port-scanning-rule-manufacturers-losses.html:should report the officer to the command": (
        "namepages page, first run (blind): 'Adebanjo' not linked to 'Superintendent of Customs Olufemi "
        "Adebanjo'; the statement not carried; wrong speaker, channel; found speaker 'Adebanjo', kind "
        "indirect, ' | ', time ''"
    ),
    "catanduanes-typhoon-relief-barangays-cut-off.html:would be restored within the week": (
        "namepages page, first run (blind): 'Virac Mayor Rogelio delos Santos Jr.' read as 'Santos Jr.' (the "
        "lower-case particle 'delos' cuts the name); mended by "
        "experiments/namepages/filipino_particles.patch, a reading that gains on this page alone and is kept "
        "as a patch"
    ),
    "catanduanes-typhoon-relief-barangays-cut-off.html:Every barangay hall in Virac will have drinking water": (
        "namepages page, first run (blind): 'delos Santos' read as 'Santos Jr.'; mended by "
        "experiments/namepages/filipino_particles.patch, a reading that gains on this page alone and is kept "
        "as a patch"
    ),
    "catanduanes-typhoon-relief-barangays-cut-off.html:had nonetheless sent a truck of water there": (
        "namepages page, first run (blind): 'delos Santos' read as 'Santos Jr.'; an 'Asked about' clause "
        "taken as the time; mended by experiments/namepages/filipino_particles.patch, a reading that gains on"
        " this page alone and is kept as a patch"
    ),
    # courtpages (the forty-second set): four court pages written blind; their first-run misses
    "bombay-high-court-bench-hawkers-eviction-petition.html": (
        "not-speakers ['Thane Station Feriwala Kamgar Sangh']: 'Senior Advocate X, appearing for the union, "
        "submitted' gives the union of the participle phrase as the speaker"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html": (
        "not-speakers ['Jenna Kowalczyk']: the victim's mother, 'Linda Kowalczyk', is read as the victim named "
        "first in the story"
    ),
    "gloucester-crown-court-arson-trial-verdict.html:black from top to bottom": "'Giving evidence on Tuesday, X said' "
    "is not read as the witness's channel",
    "gloucester-crown-court-arson-trial-verdict.html:I grabbed the little one and shouted": (
        "'Giving evidence on Tuesday, X said' is not read as the witness's channel; 'she told the court' is read with "
        "the court as its channel, not the witness's evidence"
    ),
    "gloucester-crown-court-arson-trial-verdict.html:Pike had left notes on her car windscreen": (
        "'Giving evidence on Tuesday, X said' is not read as the witness's channel; 'she told the court' is read with "
        "the court as its channel, not the witness's evidence"
    ),
    "gloucester-crown-court-arson-trial-verdict.html:said some things I shouldn't have": "'Under cross-examination on "
    "Wednesday' is not read as the channel: the trial is carried instead",
    "gloucester-crown-court-arson-trial-verdict.html:Lots of people round here have a grey hoodie": (
        "'Under cross-examination on Wednesday' is not read as the channel: the trial is carried instead"
    ),
    "gloucester-crown-court-arson-trial-verdict.html:bad feeling between neighbours was not in itself evidence": (
        "'Summing up, Judge X directed the jury that': 'directed' is no saying verb the finder reads, so the judge's "
        "directions are not found"
    ),
    "gloucester-crown-court-arson-trial-verdict.html:a substantial prison sentence": "'told Pike he would face': the "
    "defendant told is not read as the addressee",
    "gloucester-crown-court-arson-trial-verdict.html:This was a deliberate and wicked act": (
        "'In a statement after the verdict, DS Hale said ...', then 'she said' after a quote naming 'a mother': the "
        "speaker is the mother of the quote, and the statement is not carried"
    ),
    "gloucester-crown-court-arson-trial-verdict.html:thank the neighbour who fetched the ladder": (
        "'In a statement after the verdict, DS Hale said ...', then 'she said' after a quote naming 'a mother': the "
        "speaker is the mother of the quote, and the statement is not carried"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:as if they were waste paper": "'During the hearing, the "
    "bench orally observed': the hearing is read, its day (the lede's 'The Bombay High Court on Thursday stayed') is "
    "not",
    "bombay-high-court-bench-hawkers-eviction-petition.html:These are people who have paid you fees": (
        "a bench hearing's voices after 'During the hearing, the bench orally observed' (the day told in the lede, "
        "'The Bombay High Court on Thursday stayed') are not carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:had met even once in 2026": "a bench hearing's voices "
    "after 'During the hearing, the bench orally observed' (the day told in the lede, 'The Bombay High Court on "
    "Thursday stayed') are not carried the hearing and its day",
    "bombay-high-court-bench-hawkers-eviction-petition.html:giving vendors just 48 hours to remove": (
        "'Senior Advocate X, appearing for the union, submitted': the speaker is the union of the participle phrase; a "
        "bench hearing's voices after 'During the hearing, the bench orally observed' (the day told in the lede, 'The "
        "Bombay High Court on Thursday stayed') are not carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:goods worth several lakh rupees had been seized": (
        "'He argued' after the Senior Advocate: the pronoun is given the judge named two paragraphs before; a bench "
        "hearing's voices after 'During the hearing, the bench orally observed' (the day told in the lede, 'The Bombay "
        "High Court on Thursday stayed') are not carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:the law does not say that a vendor": (
        "a bench hearing's voices after 'During the hearing, the bench orally observed' (the day told in the lede, "
        "'The Bombay High Court on Thursday stayed') are not carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:has no roof, no water and no customers": (
        "'He also told the bench' after the Senior Advocate: the pronoun is given the judge named before, and 'the "
        "bench' is not read as the addressee; a bench hearing's voices after 'During the hearing, the bench orally "
        "observed' (the day told in the lede, 'The Bombay High Court on Thursday stayed') are not carried the hearing "
        "and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:the drive was necessary to decongest the station area": (
        "a bench hearing's voices after 'During the hearing, the bench orally observed' (the day told in the lede, "
        "'The Bombay High Court on Thursday stayed') are not carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:willing to allot alternative pitches to vendors": (
        "'He told the court': the court is read as the channel; a bench hearing's voices after 'During the hearing, "
        "the bench orally observed' (the day told in the lede, 'The Bombay High Court on Thursday stayed') are not "
        "carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:could not be held up indefinitely": (
        "a bench hearing's voices after 'During the hearing, the bench orally observed' (the day told in the lede, "
        "'The Bombay High Court on Thursday stayed') are not carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:That is putting the cart before the horse": (
        "a bench hearing's voices after 'During the hearing, the bench orally observed' (the day told in the lede, "
        "'The Bombay High Court on Thursday stayed') are not carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:especially when the people affected are the poorest": (
        "a bench hearing's voices after 'During the hearing, the bench orally observed' (the day told in the lede, "
        "'The Bombay High Court on Thursday stayed') are not carried the hearing and its day"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:had prima facie failed to comply with Section 18": (
        "'In its order uploaded on Friday evening, the bench recorded that': 'recorded' is no saying verb the finder "
        "reads"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:shall place on record the minutes of every meeting": (
        "the order as the speaker ('the order reads') where its makers, the bench, are named: a document speaker; the "
        "order's day is not read"
    ),
    "bombay-high-court-bench-hawkers-eviction-petition.html:is accepted as an undertaking to this Court": (
        "the order as the speaker ('the order reads') where its makers, the bench, are named: a document speaker; the "
        "order's day is not read"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:left two children without their mother": (
        "'Kowalczyk's mother, Linda Kowalczyk, was the first ... she told Brandt': the speaker is the victim named "
        "first (Jenna Kowalczyk), and the hearing is not carried"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:I set the table for four every Sunday": (
        "'Kowalczyk's mother, Linda Kowalczyk, was the first ... she told Brandt': the speaker is the victim named "
        "first (Jenna Kowalczyk), and the hearing is not carried"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:chosen the bar over everybody else": (
        "'Kowalczyk's mother, Linda Kowalczyk, was the first ... she told Brandt': the speaker is the victim named "
        "first (Jenna Kowalczyk); 'asked the judge' gives the hearing as the channel (COURT_HEARERS_TOLD), but not "
        "its day (the lede's 'sentenced Tuesday')"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:blood alcohol content was 0.19 two hours after": (
        "a sentencing hearing told in the lede ('sentenced Tuesday', 'imposed the sentence after a hearing that lasted "
        "nearly two hours') is not carried to the voices heard in it"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:He was given a second chance by this court": (
        "a sentencing hearing told in the lede ('sentenced Tuesday', 'imposed the sentence after a hearing that lasted "
        "nearly two hours') is not carried to the voices heard in it"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:a life is worth more than a night out": (
        "a sentencing hearing told in the lede ('sentenced Tuesday', 'imposed the sentence after a hearing that lasted "
        "nearly two hours') is not carried to the voices heard in it"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:There's nothing I can say that's going to": (
        "'turned to face the Kowalczyk family when it was his turn to speak': the family faced is not read as the "
        "addressee; a sentencing hearing told in the lede ('sentenced Tuesday', 'imposed the sentence after a hearing "
        "that lasted nearly two hours') is not carried to the voices heard in it"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:he had been sober since the crash": (
        "the plea's month ('pleaded guilty in September') is carried as the time, not the hearing's day (the lede's "
        "'sentenced Tuesday'); 'told the judge' gives the hearing as the channel (COURT_HEARERS_TOLD)"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:he had read more than 200 letters": (
        "a sentencing hearing told in the lede ('sentenced Tuesday', 'imposed the sentence after a hearing that lasted "
        "nearly two hours') is not carried to the voices heard in it"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:I believe your apology is sincere": (
        "a sentencing hearing told in the lede ('sentenced Tuesday', 'imposed the sentence after a hearing that lasted "
        "nearly two hours') is not carried to the voices heard in it"
    ),
    "ohio-county-sentencing-fatal-crash-impact-statements.html:students will carry that choice with them": (
        "a sentencing hearing told in the lede ('sentenced Tuesday', 'imposed the sentence after a hearing that lasted "
        "nearly two hours') is not carried to the voices heard in it"
    ),
    "trinidad-court-of-appeal-fishing-village-land-judgment-dissent.html:surveyors and bulldozers were already on the "
    "beach": (
        "'The appeal was heard in March, when counsel told the three judges': the hearing told by 'was heard' is not "
        "read as the channel of counsel's submissions"
    ),
    "trinidad-court-of-appeal-fishing-village-land-judgment-dissent.html:My clients were asked for their views": (
        "'The appeal was heard in March, when counsel told the three judges': the hearing told by 'was heard' is not "
        "read as the channel of counsel's submissions; 'he said at the time' is not read as the time"
    ),
    "trinidad-court-of-appeal-fishing-village-land-judgment-dissent.html:had wrongly treated the 2019 letter as": (
        "'The appeal was heard in March, when counsel told the three judges': the hearing told by 'was heard' is not "
        "read as the channel of counsel's submissions; its month is not carried past the first statement"
    ),
    "trinidad-court-of-appeal-fishing-village-land-judgment-dissent.html:the State had met its obligations by "
    "publishing the notice": (
        "'The appeal was heard in March, when counsel told the three judges': the hearing told by 'was heard' is not "
        "read as the channel of counsel's submissions; the other counsel's submissions are not carried the hearing"
    ),
    "trinidad-court-of-appeal-fishing-village-land-judgment-dissent.html:remains a critical part of our plan": (
        "'Minister of Works and Infrastructure Kerwyn Alleyne-Sookram said', then 'the minister said in the "
        "statement': the speaker is the dissenting judge named earlier, not the minister"
    ),
    "trinidad-court-of-appeal-fishing-village-land-judgment-dissent.html:decide within 42 days whether to seek leave": (
        "'Minister of Works and Infrastructure Kerwyn Alleyne-Sookram said', then 'the minister said in the "
        "statement': the speaker is the dissenting judge named earlier, not the minister"
    ),
    "wagga-council-water-allocation-farmers-police.html:could not absorb another round of job losses": (
        "broadpages page, first run (blind): 'seconded the motion, saying': the council meeting not carried "
        "to a second councillor; missed channel, time; found speaker 'Cr Dean Pavlovic', kind indirect, ' | "
        "', time ''"
    ),
    "wagga-council-water-allocation-farmers-police.html:pick a fight on behalf of one industry": (
        "broadpages page, first run (blind): the council meeting not carried to a councillor who voted "
        "against; missed channel, time; found speaker 'Cr Anjali Raman', kind mixed, ' | ', time ''"
    ),
    "wagga-council-water-allocation-farmers-police.html:as many ratepayers who fish the river": (
        "broadpages page, first run (blind): the meeting not carried; the speaker written 'Cr Raman' with "
        "the title and cut from the full name; missed speaker, channel, time; found speaker 'Cr Raman', kind "
        "direct, ' | ', time ''"
    ),
    "wagga-council-water-allocation-farmers-police.html:she would support a broader inquiry": (
        "broadpages page, first run (blind): 'She added' after a quote: the meeting not carried; 'Cr Raman' "
        "with the title; missed speaker, channel, time; found speaker 'Cr Raman', kind indirect, ' | ', time "
        "''"
    ),
    "wagga-council-water-allocation-farmers-police.html:What they have delivered is a fire sale": (
        "broadpages page, first run (blind): 'said in the release' read as 'the release', not the media "
        "release named in the sentence before (first mention); missed channel; found speaker 'Angus "
        "Thornbury', kind direct, 'the release | ', time 'on tuesday'"
    ),
    "wagga-council-water-allocation-farmers-police.html:temporary water was trading at about $310 a megalitre": (
        "broadpages page, first run (blind): 'told ABC Radio's NSW Country Hour on Wednesday': the program "
        "named after 'told' read neither as the channel nor as the addressee; missed channel, addressee; "
        "found speaker 'Luca Bortolin', kind indirect, ' | ', time 'on wednesday'"
    ),
    "wagga-council-water-allocation-farmers-police.html:which paddock you're not planting this year": (
        "broadpages page, first run (blind): the radio program not carried to the next quote; missed "
        "channel; found speaker 'Luca Bortolin', kind direct, ' | ', time 'on wednesday'"
    ),
    "wagga-council-water-allocation-farmers-police.html:had cut his rice area by half": (
        "broadpages page, first run (blind): 'He told the program': the later mention read instead of the "
        "program's first mention; missed channel; found speaker 'Luca Bortolin', kind indirect, 'the program "
        "| the program', time 'on wednesday'"
    ),
    "wagga-council-water-allocation-farmers-police.html:The bank doesn't take promises": (
        "broadpages page, first run (blind): the program carried from its later mention ('the program'), not "
        "its first; missed channel; found speaker 'Luca Bortolin', kind direct, 'the program | the program', "
        "time 'on wednesday'"
    ),
    "manitoba-premier-school-bus-cuts-scrum.html:would fall hardest on farm families": (
        "broadpages page, first run (blind): channel read as 'a scrum' without its place ('outside the "
        "chamber'): half the content words; missed channel; found speaker 'Wayne Penner', kind mixed, 'a "
        "scrum | ', time 'after question period'"
    ),
    "manitoba-premier-school-bus-cuts-scrum.html:just made your kid's day two hours longer": (
        "broadpages page, first run (blind): the scrum read without its place ('outside the chamber'); "
        "missed channel; found speaker 'Wayne Penner', kind direct, 'a scrum | ', time 'after question "
        "period'"
    ),
    "manitoba-premier-school-bus-cuts-scrum.html:ask the auditor general to review the savings estimate": (
        "broadpages page, first run (blind): the scrum read without its place ('outside the chamber'); "
        "missed channel; found speaker 'Lorraine Hébert', kind indirect, 'a scrum | ', time 'after question "
        "period'"
    ),
    "kenya-cs-water-tour-kitui-traders.html:had already released Sh380 million for drilling": (
        "broadpages page, first run (blind): a participle scene ('Addressing residents at Kyuso market') not "
        "read as the channel, and 'the CS' not linked to the named Cabinet Secretary; missed speaker, kind, "
        "channel, time; found speaker 'CS', kind mixed, ' | residents', time ''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:what I have seen is painful": (
        "broadpages page, first run (blind): the tour's market meeting and 'on Monday' not carried to the "
        "quote that follows the scene; missed channel, time; found speaker 'Beatrice Mwendwa', kind direct, "
        "' | the crowd', time ''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:would truck water to the worst-hit schools": (
        "broadpages page, first run (blind): 'She added' does not carry the market meeting or 'on Monday'; "
        "missed channel, time; found speaker 'Beatrice Mwendwa', kind indirect, ' | the crowd', time ''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:Those people know themselves. Their time is up": (
        "broadpages page, first run (blind): a place ('Kyuso') taken as the speaker of a bare 'she said' "
        "quote; the meeting not carried; missed speaker, channel, time; found speaker 'Kyuso', kind direct, "
        "' | ', time ''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:patience also dries up like these rivers": (
        "broadpages page, first run (blind): 'the legislator said' carries the meeting but not the scene's "
        "'on Monday'; missed time; found speaker 'Daniel Musyimi', kind direct, 'the same meeting | ', time "
        "''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:vandalism of solar pumps had undone much of the work": (
        "broadpages page, first run (blind): the radio interview ('in an interview on Mwatu FM's morning "
        "show', 'Earlier in the day') not carried to the next sentence; 'Ms Mbithe' cut to 'Mbithe' without "
        "the full name; missed speaker, channel, time; found speaker 'Mbithe', kind indirect, ' | "
        "listeners', time ''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:We cannot put a guard at every borehole": (
        "broadpages page, first run (blind): the radio interview not carried to the quote; name cut to the "
        "surname; missed speaker, channel, time; found speaker 'Mbithe', kind direct, ' | listeners', time ''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:at least 118,000 people in Mwingi North": (
        "broadpages page, first run (blind): 'According to Ms Mbithe' does not carry the radio interview; "
        "name cut to the surname; missed speaker, channel, time; found speaker 'Mbithe', kind indirect, ' | "
        "listeners', time ''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:meant to prepare the ground for the 2027 elections": (
        "broadpages page, first run (blind): 'dismissed the tour as a \"drought safari\" meant to...' with the "
        "party's statement as the subject's apposition is not found as a statement; missed found, speaker, "
        "kind, channel; found nothing"
    ),
    "kenya-cs-water-tour-kitui-traders.html:They need water, and they needed it last year": (
        "broadpages page, first run (blind): 'the statement read': a document as the subject given to the "
        "signatory named in the sentence before, not the party whose statement it is; missed speaker; found "
        "speaker 'Joseph Kiprono Langat', kind direct, 'the statement | ', time ''"
    ),
    "kenya-cs-water-tour-kitui-traders.html:no one in the county would die of hunger": (
        "broadpages page, first run (blind): 'the CS' not linked to the named Cabinet Secretary; the market "
        "scene ('Back at the market') not carried; a before-clause taken as the time; missed speaker, "
        "channel, time; found speaker 'CS', kind mixed, ' | residents', time 'before leaving for tseikuru, "
        "where she was expected to commission a desalination plant'"
    ),
    "colombo-cbsl-rate-hold-garment-exporters.html:we will not defend any particular level": (
        "broadpages page, first run (blind): 'the Governor added' not linked to the named Governor; missed "
        "speaker; found speaker 'the Governor', kind direct, 'the post-policy media briefing | ', time "
        "'yesterday'"
    ),
    "colombo-cbsl-rate-hold-garment-exporters.html:gross official reserves stood at USD 6.9 billion": (
        "broadpages page, first run (blind): 'Responding to a question from journalists': the asker is not "
        "read as the addressee; missed addressee; found speaker 'K. M. Sivaraj Ponnambalam', kind indirect, "
        "'the post-policy media briefing | ', time 'yesterday'"
    ),
    "colombo-cbsl-rate-hold-garment-exporters.html:a six-month moratorium on loans taken by small": (
        "broadpages page, first run (blind): 'The Minister said' after a long title: the speaker cut to 'of "
        "Industries and Trade Promotion', and the ceremony not carried; missed speaker, channel, time; found "
        "speaker 'of Industries and Trade Promotion', kind indirect, ' | ', time ''"
    ),
    "colombo-cbsl-rate-hold-garment-exporters.html:We owe them more than speeches": (
        "broadpages page, first run (blind): 'to applause from trainees and factory owners': the audience of "
        "a ceremony not read as the addressee; missed addressee; found speaker 'Ranjith Senanayake Bandara', "
        "kind direct, 'the opening ceremony of a new apparel training centre in katunayake | ', time 'on "
        "wednesday'"
    ),
    "colombo-cbsl-rate-hold-garment-exporters.html:had stopped overtime and postponed the purchase": (
        "broadpages page, first run (blind): 'He said' given to the company named in the apposition ('Kandy "
        "Stitchworks') instead of its managing director; the told-the-paper addressee not carried; missed "
        "speaker, addressee; found speaker 'Kandy Stitchworks', kind indirect, ' | ', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:scheduled water outages in the northern areas will end": (
        "broadpages page, first run (blind): 'as she delivered her state of the city address to a special "
        "council sitting ... on Wednesday': the address in an as-clause not read as channel, addressee or "
        "time; missed channel, addressee, time; found speaker 'Nomvula Mabandla', kind indirect, ' | ', time "
        "''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:would spend R1.2bn over the next 18 months": (
        "broadpages page, first run (blind): the state of the city address not carried to the sitting's next "
        "sentence ('told councillors'); missed channel, time; found speaker 'Nomvula Mabandla', kind "
        "indirect, ' | councillors', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:around a tap that may or may not work": (
        "broadpages page, first run (blind): the address not carried; missed channel, time; found speaker "
        "'Nomvula Mabandla', kind direct, ' | councillors', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:had been brought down from 46% to 39%": (
        "broadpages page, first run (blind): the address not carried; missed channel, time; found speaker "
        "'Nomvula Mabandla', kind indirect, ' | councillors', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:120 additional metro police officers would be deployed": (
        "broadpages page, first run (blind): 'The mayor also announced': the address not carried; missed "
        "channel, time; found speaker 'Nomvula Mabandla', kind indirect, ' | councillors', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:Safety is not a luxury for the suburbs": (
        "broadpages page, first run (blind): the address not carried; a before-clause ('before pausing as "
        "councillors...') taken as the time; missed channel, time; found speaker 'Nomvula Mabandla', kind "
        "direct, ' | councillors', time 'before pausing as councillors from the opposition benches'"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:the same reservoir had been promised in "
    "three previous addresses": (
        "broadpages page, first run (blind): an opposition reply 'In reply' in the council sitting: the "
        "sitting not carried to the members who speak in it; a content noun ('three previous addresses') "
        "read as the channel; missed channel, time; found speaker 'Retief van der Westhuizen', kind mixed, "
        "'three previous addresses | ', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:reads us the same wish list": (
        "broadpages page, first run (blind): the council sitting not carried to an opposition member; missed "
        "channel, time; found speaker 'Retief van der Westhuizen', kind direct, ' | ', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:would table a motion of no confidence": (
        "broadpages page, first run (blind): 'He added' in the sitting: the sitting not carried; a content "
        "noun read as the channel; missed channel, time; found speaker 'Retief van der Westhuizen', kind "
        "indirect, 'three previous addresses | ', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:some families shared one tap among 40 households": (
        "broadpages page, first run (blind): the sitting not carried to a second opposition member; 'after "
        "him' read as the time; missed channel, time; found speaker 'Lindiwe Mokoena', kind indirect, ' | ', "
        "time 'after him'"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:our mothers are queuing for water with buckets at midnight": (
        "broadpages page, first run (blind): the sitting not carried; the name cut to the surname 'Mokoena'; "
        "missed speaker, channel, time; found speaker 'Mokoena', kind direct, ' | ', time ''"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:grand promises on stage": (
        "broadpages page, first run (blind): the association's name cut at 'and' ('Summerstrand Ratepayers' "
        "Association' for 'Walmer and Summerstrand ...'); missed speaker; found speaker \"Summerstrand "
        "Ratepayers' Association\", kind mixed, 'a statement | ', time 'on thursday morning'"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:would ask the auditor-general to look into": (
        "broadpages page, first run (blind): the association's name cut at 'and'; missed speaker; found "
        "speaker \"Summerstrand Ratepayers' Association\", kind indirect, 'a statement | ', time 'on thursday "
        "morning'"
    ),
    "gqeberha-state-of-the-city-council-ratepayers.html:has spent only 54% of its capital budget": (
        "broadpages page, first run (blind): 'According to municipal figures presented at the sitting': the "
        "place of presentation not read as the channel; missed channel; found speaker 'municipal figures "
        "presented at the sitting', kind indirect, ' | ', time ''"
    ),
    "ohio-governor-budget-address-hallway-nurses.html:is not on the table": (
        "broadpages page, first run (blind): 'Speaking to reporters in the Statehouse hallway': the hallway "
        "read into the addressee ('reporters in the statehouse'), no channel; missed channel; found speaker "
        "'Doug Hennessey', kind mixed, ' | reporters in the statehouse', time 'after the address'"
    ),
    "ohio-governor-budget-address-hallway-nurses.html:We made a promise to taxpayers": (
        "broadpages page, first run (blind): the hallway read into the addressee, no channel; missed "
        "channel; found speaker 'Doug Hennessey', kind direct, ' | reporters in the statehouse', time 'after "
        "the address'"
    ),
    "ohio-governor-budget-address-hallway-nurses.html:So is the east side of Cleveland": (
        "broadpages page, first run (blind): the hallway scene ('after the address') not carried to a second "
        "lawmaker; missed channel, time; found speaker 'Tamika Boyd', kind direct, ' | ', time ''"
    ),
    "ohio-governor-budget-address-hallway-nurses.html:a serious starting point": (
        "broadpages page, first run (blind): 'told reporters' in the hallway scene: the hallway and its time "
        "not carried; missed channel, time; found speaker 'Gregory Lutz', kind mixed, ' | reporters', time ''"
    ),
    "ohio-governor-budget-address-hallway-nurses.html:Don't forget the ones who never left": (
        "broadpages page, first run (blind): 'she said' after two paragraphs of narrative: given to a noun "
        "of the narrative ('a staff nurse'), not the nurse quoted before; the told-the-station addressee not "
        "carried; missed speaker, addressee; found speaker 'a staff nurse', kind direct, ' | ', time ''"
    ),
    "ekiti-assembly-market-levy-bill-plenary-traders.html:would end a situation in which a trader paid": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:This bill says one levy, one receipt": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:the proposed board would keep 40 per cent": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:he supported the bill in principle": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:We must not create a monster": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:women made up more than 70 per cent of traders": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:Not one woman there has seen this bill": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:it would report back in two weeks": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:Nobody is going to pass this law in the night": _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:No market woman in Ekiti will pay a new levy": _CHECKPAGES,
    (
        "ekiti-assembly-market-levy-bill-plenary-traders.html:labour would mobilise its members to the public hearing"
    ): _CHECKPAGES,
    "ekiti-assembly-market-levy-bill-plenary-traders.html:you have taxed the worker twice": _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:"
        "3,140 patients had now waited longer than 104 weeks"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:those numbers will come down this winter"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:"
        "We lost 38 per cent of our planned theatre sessions"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:"
        "the board had asked the Welsh Government for £14m"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:letters giving an estimated date had been sent"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:some of his constituents had been on the list"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:That is not a waiting list, that is a sentence"
    ): _CHECKPAGES,
    "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:clinical reviews had found 212 cases": _CHECKPAGES,
    "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:the board would be escalated to": _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:would work alongside the board for six months"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:I have made that clear to the board's chair"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:are paying for hip replacements in Bristol"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:"
        "waiting times across Wales had fallen for nine consecutive months"
    ): _CHECKPAGES,
    (
        "senedd-committee-teifi-tywi-health-board-orthopaedic-waits.html:"
        "long waits for orthopaedic surgery leave patients in pain"
    ): _CHECKPAGES,
    "national-assembly-power-tariff-walkout-karachi-chamber.html:no choice but to pass on the cost": _CHECKPAGES,
    "national-assembly-power-tariff-walkout-karachi-chamber.html:We are part of this government": _CHECKPAGES,
    (
        "national-assembly-power-tariff-walkout-karachi-chamber.html:the opposition would not return to the House"
    ): _CHECKPAGES,
    (
        "national-assembly-power-tariff-walkout-karachi-chamber.html:This House cannot run with half its members"
    ): _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:the district faced a $4.1 million gap": _CHECKPAGES,
    (
        "conestoga-hills-school-board-budget-hearing-cuts.html:no version of this budget where nobody gets hurt"
    ): _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:the proposal would eliminate 14 positions": _CHECKPAGES,
    (
        "conestoga-hills-school-board-budget-hearing-cuts.html:"
        "the reading specialists were the reason many of her students"
    ): _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:You are cutting the people who catch the kids": _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:My taxes have gone up every year": _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:a reading specialist had done more for him": _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:she would not vote for any budget": _CHECKPAGES,
    (
        "conestoga-hills-school-board-budget-hearing-cuts.html:"
        "I'd rather look at the transportation contract line by line"
    ): _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:We will be at every meeting between now": _CHECKPAGES,
    (
        "conestoga-hills-school-board-budget-hearing-cuts.html:residents did not want the reading specialists cut"
    ): _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:Nothing in this budget is final until we vote": _CHECKPAGES,
    "conestoga-hills-school-board-budget-hearing-cuts.html:the board would hold a second public hearing": _CHECKPAGES,
    (
        "ruahine-regional-council-ltp-hearing-stopbanks-submitters.html:"
        "her people had asked the council to raise the stopbanks"
    ): _CHECKPAGES,
    (
        "ruahine-regional-council-ltp-hearing-stopbanks-submitters.html:It does not care which rate you put it under"
    ): _CHECKPAGES,
    "ruahine-regional-council-ltp-hearing-stopbanks-submitters.html:I'd rather pay an extra $300 a year": _CHECKPAGES,
    (
        "ruahine-regional-council-ltp-hearing-stopbanks-submitters.html:11.4km of stopbank between Pōhue and the coast"
    ): _CHECKPAGES,
    (
        "ruahine-regional-council-ltp-hearing-stopbanks-submitters.html:"
        "raising and widening the stopbanks would take four years"
    ): _CHECKPAGES,
    (
        "ruahine-regional-council-ltp-hearing-stopbanks-submitters.html:"
        "councils across the country are being forced to fund"
    ): _CHECKPAGES,
    (
        "spennymoor-inquest-sepsis-teenager-coroner-trust-family-tribute.html:"
        "there was a missed opportunity to diagnose sepsis"
    ): _CHECKPAGES,
    "spennymoor-inquest-sepsis-teenager-coroner-trust-family-tribute.html:shaking so hard the bed rattled": _CHECKPAGES,
    "spennymoor-inquest-sepsis-teenager-coroner-trust-family-tribute.html:I asked the doctor three times": _CHECKPAGES,
    (
        "spennymoor-inquest-sepsis-teenager-coroner-trust-family-tribute.html:"
        "he had considered sepsis but had been reassured"
    ): _CHECKPAGES,
    (
        "spennymoor-inquest-sepsis-teenager-coroner-trust-family-tribute.html:I gave too much weight to one number"
    ): _CHECKPAGES,
    "spennymoor-inquest-sepsis-teenager-coroner-trust-family-tribute.html:the loudest laugh in any room": _CHECKPAGES,
    (
        "spennymoor-inquest-sepsis-teenager-coroner-trust-family-tribute.html:We will never get over losing him"
    ): _CHECKPAGES,
}


@cache
def _found(page: str) -> tuple[Attribution, ...]:
    [article] = read(str(PAGES / page))
    assert isinstance(article, Article)
    return tuple(quotegraph.extract(article.text, article.published, id=article.id).attributions)


@pytest.mark.parametrize("page", list(EXPECTED))
def test_every_expected_content_stands_verbatim_on_its_page(page: str) -> None:
    """A statement is matched by its content's exact words, so an expectation typed otherwise than the page prints it
    (a keyboard apostrophe for the page's "’") would pass as a system miss; it fails here instead."""
    [article] = read(str(PAGES / page))
    assert isinstance(article, Article)
    assert [s["content"] for s in EXPECTED[page]["statements"] if s["content"] not in article.text] == []


def _param(case_id: str, value: Any) -> Any:
    reason = KNOWN_MISSES.get(case_id, HELD_OUT_MISSES.get(case_id))
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason is not None else []
    return pytest.param(value, id=case_id, marks=marks)


def _statement_cases() -> list[Any]:
    return [
        _param(f"{page}:{expected['content']}", (page, expected))
        for page, spec in EXPECTED.items()
        for expected in spec["statements"]
    ]


def _text(part: Any) -> str:
    return "" if part is None else str(part.text).casefold()


@pytest.mark.parametrize("case", _statement_cases())
def test_a_statement_on_a_page_has_its_speaker_and_occasion(case: tuple[str, dict[str, Any]]) -> None:
    page, expected = case
    holding = [a for a in _found(page) if a.content is not None and expected["content"] in a.content.text]
    assert holding, f"no statement holds {expected['content']!r}"
    if expected.get("once"):
        assert len(holding) == 1, [a.content.text for a in holding if a.content]
    statement = holding[0]
    name = statement.speaker.name if statement.speaker is not None else ""
    assert speaker_named(expected["speaker"], name), name
    if "source" in expected:  # the source span ends where the name does: no account or date after it
        assert statement.source is not None and statement.source.text == expected["source"], statement.source
    if "kind" in expected:
        assert statement.kind == expected["kind"]
    parts = (_text(statement.channel), _text(statement.addressee), _text(statement.time))
    for field in ("channel", "addressee", "time"):  # whole words; a channel or addressee pooled (statement_parts)
        if field in expected:
            assert part_holds(statement, field, expected[field]), (field, parts)
    if "not_channel" in expected:  # a substring here is the stricter check: no piece of the word may stand there
        assert expected["not_channel"].casefold() not in _text(statement.channel), _text(statement.channel)


@pytest.mark.parametrize("page", [_param(page, page) for page in EXPECTED])
def test_no_page_furniture_becomes_a_statement_or_a_speaker(page: str) -> None:
    found = _found(page)
    said = " | ".join(_text(a.content) + " | " + _text(a.source) for a in found)
    assert not [piece for piece in EXPECTED[page]["furniture"] if piece.casefold() in said], said
    names = {a.speaker.name for a in found if a.speaker is not None}
    assert not names & set(EXPECTED[page]["not_speakers"]), names


def _brackets_pair(text: str) -> bool:
    return all(text.count(opening) == text.count(closing) for opening, closing in ("()", "[]"))


@pytest.mark.parametrize("page", [_param(f"{page}:brackets", page) for page in EXPECTED])
def test_a_speaker_name_holds_both_brackets_of_a_pair_or_neither(page: str) -> None:
    """ "the Continental Health Agency (CHA) said" names the agency, not "Continental Health Agency (CHA"."""
    names = [a.speaker.name for a in _found(page) if a.speaker is not None]
    assert names
    assert [name for name in names if not _brackets_pair(name)] == []


_DOUBLE_MARKS = re.compile(r"[\"“”„«»‟]")


@pytest.mark.parametrize("page", [_param(f"{page}:marks", page) for page in EXPECTED])
def test_each_fragment_of_a_content_holds_both_marks_of_a_quote_or_neither(page: str) -> None:
    """Issue 9: 'that he hasn’t “spoken to her.' is no fragment of what was said: it takes the quote's closing mark
    (``quotes.balanced``)."""
    [article] = read(str(PAGES / page))
    assert isinstance(article, Article)
    spans = [s for a in _found(page) if a.content is not None for s in a.content.spans]
    fragments = [article.text[s.start : s.end] for s in spans]
    assert fragments
    assert [f for f in fragments if len(_DOUBLE_MARKS.findall(f)) % 2] == []


def _page_of(case_id: str) -> str:
    return case_id.split(":", 1)[0]


def test_held_out_pages_keep_their_known_misses_apart_from_the_tuned_pages() -> None:
    """Each table holds its own pages' misses only, and every entry names a page of the fixtures: a held-out miss
    written into the tuned table would be read by the next round, and an entry for no page would never be checked."""
    held_out = {line.strip() for line in HELD_OUT.read_text(encoding="utf-8").splitlines() if line.endswith(".html")}
    assert held_out and held_out <= set(EXPECTED)
    assert sorted({_page_of(key) for key in HELD_OUT_MISSES} - held_out) == []
    assert sorted({_page_of(key) for key in KNOWN_MISSES} & held_out) == []
    assert sorted({_page_of(key) for key in KNOWN_MISSES | HELD_OUT_MISSES} - set(EXPECTED)) == []
