"""Events: team meetings, meetings and conferences, with city, dates, venue, topic, themes,
participants, supporters and what was discussed.

An event sentence has a meeting word (posiedzenie, spotkanie, obrady, spotkali się,
konferencja, …) and a city in the locative ("w Lublinie", "we Wrocławiu"). The sentences after
it, up to the next event or section heading, are its context.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

import rdflib

from ..language.morphology import analyses, case_form, phrase_base_form, tag_has
from ..language.prepositions import locative_phrase
from ..slug import slugify
from ..vocab import UMP
from .context import (
    BULLET,
    DocumentContext,
    Event,
    body_of_seat,
    chain_from,
    colon_intro,
    in_item,
    is_section_break,
    opens_item,
    preceded_by,
    within,
    without_names,
)
from .dates import MONTHS_ENGLISH, MONTHS_GENITIVE, YEAR_HEADING, DateMention
from .gazetteer import Mention, ThemeMatcher
from .names import TITLE_MARKER, city_in_the_nominative
from .places import in_the_open
from .sentences import Sentence

XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")
# Signing an agreement: "podpisali porozumienie o współpracy", "zawarła … list intencyjny";
# told without the signers, impersonal or passive: "zawarto umowę partnerską", "Porozumienie
# podpisano w Warszawie", "umowa została podpisana"
AGREEMENT = r"(?:umow|porozumieni|memorand|list\w*\s+intencyjn)\w*"
SIGNING = (
    r"(?:(?:podpisa|zawar)(?:li|ły|ł|ła|ło)|podpisano|zawarto)\s+(?:\S+\s+){0,5}?"
    + AGREEMENT
    + r"|"
    + AGREEMENT
    + r"\s+(?:\S+\s+){0,5}?(?:podpisano|zawarto|(?:został[aoy]?|zostały)\s+(?:\S+\s+)?"
    r"(?:podpisan|zawart)\w*)"
)
# Verbs of coming and visiting, past and future ("przyjechała", "przyjedzie", "przybyli",
# "przybędą", "odwiedzi", "odwiedzą"), and the words for those who come on a visit.
ARRIVAL = (
    r"przyjecha(?:ł|ła|ło|li|ły)\b|przyjedzie\b|przyjadą\b|przyby(?:ł|ła|ło|li|ły)\b|"
    r"przybędzie\b|przybędą\b|odwiedzi\b|odwiedzą\b"
)
VISITORS = r"(?:delegacj|go[śs]ci(?!n)|gość\b|przedstawiciel(?!stw))"
ARRIVING = re.compile(rf"(?i)(?:{ARRIVAL}|{VISITORS})")


TRIGGER = re.compile(
    # the genitive plural drops the -i- ("zestawienie posiedzeń", "cykl spotkań")
    # (first persons too: "spotkaliśmy się", "zebrałyśmy się" on a member's blog)
    # (and the imperfective past, of meetings held again and again: "Zespół spotykał się
    # regularnie w miastach członkowskich:" over a table of them; its present is a habit,
    # "spotykają się kilka razy w roku"); not how a thing was received: "program spotkał się
    # z krytyką"
    r"\b(posiedze(?:ni\w*|ń)|spotka(?:ni\w*|ń)|"
    r"(?:spotka(?:ł|li|ły|ła|ło|ją|liśmy|łyśmy|my|)|spotyka(?:ł|li|ły|ła|ło|liśmy|łyśmy))"
    r"\s+się(?!\s+z\s+(?:\w+\s+)?"
    r"(?:zainteresowani|krytyk|uznani|odzew|aprobat|sprzeciw|entuzjazm|życzliw)\w*)|"
    # "mieli się spotkać samorządowcy", "mają się spotkać", "spotkać się mają": the pronoun
    # before the verb, or an infinitive
    r"(?:mieli|miały|mają|ma|miał[aoy]?)\s+się\s+spotkać\b|spotkać\s+się\s+(?:mieli|miały|mają)\b|"
    r"zbiera(?:ł|li|ły|ła|ło|liśmy|łyśmy)\s+się|"
    r"obrad\w*|"
    r"zebra(?:ni\w*|ń)|konferencj\w*|(?:wideo|tele)konferencj\w*|"
    r"zbierz\w*\s+się|zbior[ąa]\s+się|zebra(?:ł|ła|li|ły|ło|liśmy|łyśmy)\s+się|"
    # (the stem alternates before -e of the locative: "na zjeździe", "w debacie", "w wizycie")
    r"zj(?:azd|eźdz)\w*|seminari\w*|warsztat\w*|kongres\w*|deba(?:t|ci)\w*|szkoleni\w*|webinari?\w*|"
    r"panel(?:u|em|e|i|ach|ami)?\b|"
    r"sympozj\w*|konsultacj\w*\s+społeczn\w*|happening\w*|"
    # "śniadanie wielkanocne, w którym wzięło udział 500 uchodźców": what people took part in
    # is an event, whatever the noun before the relative clause
    r"(?<=,\s)w\s+(?:którym|której|których)\s+(?:\S+\s+){0,2}?(?:wzię(?:ło|li|ły|ła|ł)\s+"
    r"udział|uczestniczy(?:ło|li|ły|ła|ł))\b|"
    # "Wydarzenie odbyło się …", "Forum odbyło się …": a generic word, with the verb that
    # holds it
    # ("Wydarzenie zaplanowano na sobotę 22 czerwca": scheduled for a day)
    r"(?:wydarzeni\w*|forum)(?=\s+(?:[^\s.;]+\s+){0,4}?(?:odby(?:ł|ła|ło|li|ły|wa|wać|ć)\w*\s+"
    r"się|odbędzie|zorganizowa\w+|zgromadzi\w+|potrw\w+|trwał\w*|zaplanowan[aeoy]\b|"
    r"zaplanowano\b))|"
    # (the signing of an agreement on a day, "20 czerwca przedstawiciele miasta i UNICEF
    # podpisali porozumienie o współpracy": the signers met to sign it)
    r"wizy(?:t|c)\w*\s+studyjn\w*|" + SIGNING + r"|"
    # a visit on a day ("przebywając 7 kwietnia 2022 r. w Katowicach, odwiedził punkt …",
    # "wizyta prezydenta w Lublinie 12 maja"): not a doctor's visits, which have no day
    r"wizy(?:t|c)(?:a|y|ie|ę|ą|om|ami|ach)?\b|odwiedzi(?:ł|ła|li|ły|liśmy|łyśmy)\b|wyj(?:azd|eźdz)\w*\s+studyjn\w*|uroczystoś\w*|inauguracj\w*|jubileusz\w*|gal(?:a|i|ę|ą|e|om|ach|ami)\b|"
    # a delegation's or guests' coming, told or announced ("do Gdańska przyjedzie delegacja z
    # Mariupola", "Do Lublina przybyli przedstawiciele …", "delegacja odwiedzi Gdańsk", "goście
    # przyjadą"): not people who came to stay ("dzieci, które przybyły z Ukrainy")
    r"(?:" + ARRIVAL + r")(?=\s+(?:\S+\s+){0,6}?" + VISITORS + r")|"
    # (a body's long name between: "delegacja Biura … ds. Uchodźców przybędzie")
    r"(?:" + VISITORS + r")\w*(?=\s+(?:(?:[^\s.;]+|ds\.|im\.|św\.|m\.st\.)\s+){0,9}?"
    r"(?:" + ARRIVAL + r"))|"
    # an inauguration or an unveiling on a day ("Działalność punktu zainaugurował 3 kwietnia
    # zastępca prezydenta", "W sobotę 5 października zostanie odsłonięty mural"); "zainaugurował
    # prace zespołu" in a month names no event (NEEDS_A_DAY)
    r"zainaugur(?:owa(?:ł|ła|ło|li|ły|no|n[aeyi])|uje|ują)\b|"
    r"odsłoni(?:ł|ła|ło|li|ły|ono|ęto|on[aeyi]|ęt[aeyi]|ęci|ęcie|ęciu|ęcia|ą)?\b|"
    # an opening: "Centrum zostało uroczyście otwarte", "otwarcie Punktu …", "otwarto"
    r"(?:został\w*|zostanie|zostały)\s+(?:uroczyście\s+|oficjalnie\s+)?otwart\w*|otwarto\b|"
    r"otwarci[ea]\s+(?=(?-i:[A-ZŁŚŻŹĆŃÓĘĄ]))|"
    # "Fundacja … otworzyła Centrum Integracji Cudzoziemców": a place a body opened
    r"otworzy(?:ł|ła|li|ły|ło)\s+(?=(?:now\w+\s+|pierwsz\w+\s+)?(?-i:Centrum|Punkt|Dom|Klub|Ośrod|"
    r"Świetlic|Filię|Oddział|Przestrzeń|Bibliotek|Kawiarenk|Biuro))|"
    # a council's or an assembly's session, a summit, a round table
    # ("sesja Rady Miasta", "sesja plenarna"; not "sesja zdjęciowa")
    # ("Sesja „Zaprojektuj rozwiązanie”": a conference's session by its title)
    r"sesj\w*(?=\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])|\s+[„\"“]|\s+(?:plenarn|inauguracyjn|nadzwyczajn|absolutoryjn|"
    r"budżetow)\w*)|zgromadzeni\w*|szczy[tc]\w*|okrągł\w+\s+st[oó]\w*|"
    # "Rada Miasta Lublina na sesji w niedzielę 5 kwietnia przyjęła …": the body's sitting
    # ("podczas sesji" sets the scene of another action, as "podczas konferencji" does)
    r"na\s+(?:(?:swo|swej|ostatni|kolejn|najbliższ|nadzwyczajn|uroczyst)\w*\s+)?sesji\b"
    r"(?!\s+zdjęciow)|"
    # a fair, a week, a festival, days of something — by name, capitalised ("IV Targi
    # Edukacji Międzykulturowej", "Poznański Tydzień Tolerancji"); not "targ" (a market)
    # ("Tydzień w skrócie", a digest's title, is no event: a week is one with a capitalised
    # word beside it, "Poznański Tydzień Tolerancji")
    r"(?-i:Targ(?:i|ów|om|ach|ami)\b|(?:Tydzie[nń]|Tygodni)\w*(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ])|"
    r"Festiwal\w*|Dni(?:ach|ami)?\b|"
    # a named day ("Światowy Dzień Uchodźcy", "w Międzynarodowym Dniu Migranta"), a picnic
    r"(?:Dzie[nń]|Dni[au])\b(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ]))|piknik\w*|festyn\w*|"
    # "Białystok gościł Zespół …", "nasze miasto gościło członków Zespołu", "Szczecin przyjmie
    # przedstawicieli metropolii"
    # people who talked, debated or presented on a day ("rozmawiali w czwartek (14.03) w
    # Lublinie urzędnicy z trzech miast", "prezentacja raportu – 13 kwietnia"), an open day in
    # the singular (one day: "zaprasza na dzień otwarty w sobotę"; "prowadzi dni otwarte dla
    # szkół" is a service, and "drzwi otwarte" an adjective)
    r"(?:roz)?mawia(?:li|ły|liśmy|łyśmy)\b|dyskutowa(?:li|ły|liśmy|łyśmy)\b|debatowa(?:li|ły)\b|"
    # … or spoke together to the press ("W czwartek 10 marca w Warszawie prezydenci mówili, że
    # …", "samorządowcy apelowali"): many who spoke on a day
    r"(?:mówi|apelowa|przekonywa)(?:li|ły)\b|"
    r"prezentacj\w*|dzie[nń]\s+otwart\w*|dni(?:a|u)\s+otwart\w*|"
    r"(?:gości(?:ł|ła|ło|li|ły|liśmy|łyśmy)|przyj(?:mie|mą|muje|mują|ął|ęła|ęło|ęli|ęliśmy|"
    r"mował\w*))(?=\s+(?:\S+\s+){0,7}?(?:Zesp|członk|przedstawiciel|uczestnik|delegac|"
    r"grup\w*\s+robocz)))",
    re.IGNORECASE,
)
# English pages (partners' sites) name events with English words and cities after "in".
TRIGGER_EN = re.compile(
    # "40 staff … were trained on …": a training, told by what the trainees underwent
    r"\b(meeting\w*|met\b|(?:will|to|shall)\s+meet\b|meets\b|conference\w*|workshop\w*|"
    r"seminar\w*|study visit\w*|panels?\b|"
    r"(?<=were )trained\b|(?<=was )trained\b|"
    r"training\w*|forum\b|visit\w*|congress\w*|gathered|convened|came\s+together|"
    # ("was launched on 16 March": a programme or project started, no event was held)
    r"ceremon\w*|(?<!was )(?<!were )(?<!been )launch\w*|webinar\w*|events?\b|sessions?\b|summit\w*|round\s*tables?|"
    # "a delegation of Polish city officials came to Leipzig from 23 to 25 October": a visit
    r"delegation\b|(?:was|were)\s+presented(?=\s+on\b)|presentation\b|open\s+day\b|"
    # debates, symposia, festivals, a gala, a picnic, an assembly's plenary, a study tour or a
    # peer exchange, an inauguration or an official opening ("the centre was officially opened
    # on 16 May"); what was celebrated, discussed or debated on a day (NEEDS_A_DAY)
    r"debat\w*|symposi\w*|festival\w*|gala\b|picnic\w*|assembl(?:y|ies)\b|plenar\w*|"
    # ("Peer-learning workshop": the workshop is the event's word)
    r"study\s+tours?\b|peer[- ]exchanges?\b(?!\s+(?:workshop|meeting|seminar|visit))|"
    r"exchange\s+visits?\b|"
    r"inaugurat\w*|(?:was|were)\s+(?:officially\s+|formally\s+)?opened\b|official\s+opening\b|"
    r"celebrat\w*|discussed\b|hearings?\b|"
    # a named day ("World Refugee Day", "International Migrants Day") or week
    r"(?-i:(?:(?!(?:The|A|An|On|In|At|This|Our|Its)\s)[A-Z][a-z'\u2019]+\s+)+(?:Day|Week)\b)|"
    # "the High Commissioner came to Kraków's city hall on 30 March 2022": a visit
    r"came\s+to\s+(?:\w+(?:'s|\u2019s)\s+|the\s+)?(?:city|town)\s+hall\b|"
    # "Gdańsk hosted the Eurocities Working Group … on 12–13 March 2019"
    r"hosted(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "our Centre welcomed the members of the Team", "Wrocław hosted the delegations"
    r"(?:welcomed|hosted)(?=\s+(?:the\s+)?(?:members|delegat\w+|representatives|participants|"
    r"(?-i:[A-Z]))))",
    re.IGNORECASE,
)
CONFERENCE = re.compile(
    r"^(konferencj|zj(?:azd|eźdz)|seminari|kongres|conference|seminar|forum|congress)",
    re.IGNORECASE,
)
SCHEMA = "https://schema.org/"
SCHEMA_NAME = SCHEMA + "name"
ONLINE_MODE = SCHEMA + "OnlineEventAttendanceMode"
# "Wrocław held …", "Lublin, the first Polish member of the network, welcomed the Committee":
# the host city as the subject, an apposition between commas allowed.
HOSTED = re.compile(
    r"(?:,(?:[^,.;]|(?<=\d)[,.](?=\d)){3,120},)?\s+"  # "300,000" is no comma of the clause
    # ("Gdańsk celebrated World Refugee Day on 20 June": the city that celebrated held it)
    r"(?:held|hosted|hosts|organi[sz]ed|welcomed|will\s+host|celebrated|marked)\b"
)
# A title in quotes right after the event word: konferencji „Miasta Integrujące. …”.
TITLE_AFTER_TRIGGER = re.compile(
    # ("konferencja końcowa „…”", "konferencji naukowej „…”": an adjective may come between)
    r"^(?:\s+[a-ząćęłńóśźż]+(?:ow|n|sk|ck)(?:a|e|y|ej|ego|ą|ym|ych|i)\b)?"
    r"\s*\(?(?:pt\.\s*|pod\s+tytułem\s*|pod\s+hasłem\s*|titled\s*|called\s*)?"
    # a title starts with a capital or a digit: 'announced the launch "tomorrow"' names nothing
    r"[„\"“](?=[A-ZĄĆĘŁŃÓŚŹŻ0-9])([^”\"“]+)[”\"]"
)
# "debata o migracjach zatytułowana „…”", "seminarium dla urzędników pod tytułem „…”": the event
# word's complement, then the word that says the quote is its title
TITLED_AFTER_ITS_COMPLEMENT = re.compile(
    r"^(?:\s+[^\s„\"“.;:!?]+){1,5}?,?\s+"
    + TITLE_MARKER
    + r"\s*[„\"“](?=[A-ZĄĆĘŁŃÓŚŹŻ0-9])([^”\"“]+)[”\"]"
)
# "Spotkanie … odbyło się w Lublinie 28 listopada pod hasłem „MY – WY – ONI …”": the slogan
# of the clause that says the event took place (a date's and "r."'s full stops within it)
HELD_UNDER_A_SLOGAN = re.compile(
    r"^(?:[^„\"“.;:!?]|(?<=\d)\.|(?<=\br)\.){0,160}?"
    r"\b(?:odby(?:ł|ła|ło|li|ły)\s+się|odbędzie\s+się|odbędą\s+się|przebiega(?:ł|ła|ło|li|ły)?)\b"
    r"(?:[^„\"“.;:!?]|(?<=\d)\.|(?<=\br)\.){0,100}?"
    r"\bpod\s+hasłem\s*[„\"“](?=[A-ZĄĆĘŁŃÓŚŹŻ0-9])([^”\"“]+)[”\"]"
)
TITLE = re.compile(r"„([^”]+)”|\"([^\"]+)\"")
# "Tematem przewodnim była …", "tematem były dokumenty …", "Temat spotkania: …".
# "Tematem przewodnim była …", "Głównym tematem posiedzenia Zarządu UMP był …", "Temat
# warsztatów: …": the instrumental "tematem" with a copula, or "temat …" with a colon; a bare
# "Temat jest ważny" states no topic.
TOPIC = re.compile(
    r"(?:[Tt]emat(?:em|ami)\s+(?:przewodnim\s+)?(?:[^\s:;,.]+\s+){0,6}?(?:był[aoy]?|jest|są|będzie)"
    r"|[Tt]emat(?:\s+przewodni)?(?:\s+[^\s:;,.]+){0,6}?\s*:)\s*(?P<topic>.+)",
    re.DOTALL,
)
TOPICS_INTRO = re.compile(
    r"(?i)\b(?:topics|themes|agenda|temat(?:y|yka)(?:\s+\w+)?|zagadnienia|porządek\s+obrad|"
    r"program\s+(?:szkolenia|warsztatów|spotkania))\s*:\s*$"
)
# A programme's item: who gives it took part, and what it is on is what the event was on.
PROGRAMME_ITEM = r"wykład\w*|prelekcj\w*|keynote|lecture\b"
# Verbs of speaking in the past tense (a quotation's attribution in an account of the event).
SAID_PAST = (
    r"(?:mówi|powiedzia|podkreśli|podkreśla|zaznaczy|zaznacza|doda|przekonywa|apelowa|zauważy|"
    r"przypomnia|stwierdzi|wskazywa|tłumaczy|oceni)(?:ł|ła|li|ły)\b"
)
PARTICIPATION = re.compile(
    # ("gości…" in lower case or opening a sentence, not in a surname: "Gościańska")
    r"spotka\w*\s+(?:się\s+)?z|z\s+udziałem|udział\w*|uczestnicz\w*|(?-i:gości)\w*|"
    r"(?-i:Gości)(?!ańsk|ński|niak)\w*|(?-i:[Gg]ośćmi|gość)\b|wystąpi\w*|prelegen\w*|"
    # "Dziękujemy X z Fundacji Y za ciekawą prezentację": who presented was there
    r"prezentacj\w*|"
    # "„Musimy mówić jednym głosem” – podkreśliła X": who was quoted in the past tense, right
    # after the quotation, spoke at it (not "Według X", a source; not "– mówi X", an interview)
    r"(?:[”\"]|[–—])\s*(?:[–—]\s*)?" + SAID_PAST + "|"
    # … and who is quoted after a past verb and a colon: "X, Mayor of Gdańsk, said: "…"",
    # "X powiedziała: „…”"
    r"(?:\bsaid|\bstated|\badded|" + SAID_PAST + r"):\s*[*_]*[„\"“]|"
    r"wzię\w*\s+udział|obecn\w*|otworzy\w*|otwarci\w*|powita\w*|przywita\w*|"
    r"\bwith\b|attend\w*|participa\w*|speakers?\b|moderat\w*|moderowa\w*|moderuj\w*|\b(?:po)?prowadzi\w*|\b(?:po)?prowadzą\b|wypowiada\w*|"
    # a programme's items: "moderacja: X", "wykład „…” – X", "keynote: X", "panelists: X"
    r"moderacj\w*|panell?ists?\b|\bpanel\s+members?\b|" + PROGRAMME_ITEM + "|"
    # "Ekspertką spotkania była X", "Szkolenie przeprowadziła Y": who was there in that role
    r"\bekspert(?:em|ką|ami|kami)\b|\bprzeprowadzi(?:ł|ła|li|ły)\b|"
    # "Chairs: A and B, Centre …", "Prowadzenie: A"
    r"\bchairs?\s*:|\bprowadzenie\s*:|"
    r"reprezentowa\w*|rozmawia\w*|przewodzi\w*|\btowarzysz\w*|przyjecha\w*|przybył\w*|"
    r"opened\s+by|speakers?\s+included|received\s+by|\bmet\b|\bled\s+the\b|presented|"
    # "X, who opened the workshop", "co-facilitated both days"
    r"\bopened\s+the\b|facilitat\w*|"
    # "The declaration was welcomed by X … at the final workshop": who welcomed it was there
    r"(?:welcomed|greeted|addressed|chaired|introduced)\s+by|"
    r"t(?:ook|akes?)\s+part|\bjoined\b|"
    # who made up the delegation or group that came: "W skład delegacji weszli X, Y",
    # "Delegacji przewodniczyła X"
    r"w\s+skład\s+(?:delegacj|grup|ekip)\w*|delegacj\w*\s+przewodniczy\w*|"
    # "The guest of the meeting was X", "Guests included experts of IOM" (as "Gościem był")
    r"\bguests?\b|"
    # who spoke at it was there: "Prezentację przedstawiła X", "X omówił …", "głos zabrał X"
    r"przedstawi(?:ł|ła|li|ły)\b|zaprezentowa\w*|omówi(?:ł|ła|li|ły)\b|zabra(?:ł|ła|li)\s+głos|"
    r"referowa\w*|\b(?:spoke|presented)\b|głos\s+zabra\w*|"
    # … and who will speak at an announced one: "O komunikacji … opowie X", "wykład wygłosi
    # Y", "doświadczeniami podzieli się Z"; a training "delivered by" its trainer
    r"\bopowie(?:dzą)?\b|\bprzedstawi(?:ą)?\b|\bomówi(?:ą)?\b|\bzaprezentuj(?:e|ą)\b|"
    r"\bwygłos(?:i|zą|ił|iła|ili)\b|\bpodziel(?:i|ą)\s+się\b|\bdelivered\s+by\b|"
    # who spoke of it in the event's account: "– mówiła X", "opowiedziała", "przekonywała",
    # "Otwierając ją, prezydent X przypomniał", "Opening the meeting, X recalled"
    r"\bmówi(?:ł|ła|li|ły)\b|opowiada(?:ł|ła|li|ły)\b|opowiedzia\w*|przekonywa(?:ł|ła|li|ły)\b|"
    r"podkreśla(?:ł|ła|li|ły)\b|przypomnia(?:ł|ła|li|ły)\b|wtórowa\w*|otwierając\w*|"
    # "Następnie przemawiał X", "Spotkanie podsumowała Y", "Organizatorom podziękował Z",
    # "dyskutowali X i Y", "wyjaśniała", "zachęcał", "zapewniała": who spoke in the account
    r"\b(?:przemawia|przemówi|podsumowa|podziękowa|wyjaśnia|zachęca|zapewnia)(?:ł|ła|li|ły)\b|"
    r"\bdyskutowa(?:li|ły)\b|"
    # "prezydent Gdańska X zwracała uwagę, że …", "Podobnie argumentowała prezydent Łodzi Y"
    r"zwraca(?:ł|ła|li|ły)\s+uwagę|argumentowa(?:ł|ła|li|ły)\b|apelowa(?:ł|ła|li|ły)\b|"
    r"zaznacza(?:ł|ła|li|ły)\b|wskazywa(?:ł|ła|li|ły)\b|tłumaczy(?:ł|ła|li|ły)\b|"
    # … and said in the past tense what the account reports: "X podkreśliła, że …", "ocenił"
    r"\b" + SAID_PAST + r"(?=\s*,\s*(?:że|iż)\b)|"
    r"\b(?:recalled|stressed|opening\s+the)\b|"
    # a photo caption names the people who were there ("Na zdjęciu (od lewej): …")
    r"na\s+zdjęci\w*|na\s+fotografi\w*|od\s+lewej|pictured|in\s+the\s+photo|from\s+left",
    re.IGNORECASE,
)
# who visited was at the visit the sentence makes: "X odwiedził punkt", "Wizyta X w Lublinie",
# "z wizytą była X" (not in a later sentence: "Rok wcześniej Y odwiedził Lwów")
VISITED = re.compile(r"(?i)odwiedzi(?:ł|ła|li|ły|liśmy|łyśmy)\b|\bwizy[tc]\w*|\bvisited\b")
# Who signed an agreement took part in its signing (a declaration signed on a named day is
# signed, not the day's event: "w Światowym Dniu Uchodźcy … podpisała „Deklarację …”")
SIGNED = re.compile(r"(?i)\b(?:" + SIGNING + ")")
REPRESENTED = re.compile(
    # "przedstawiciele IOM", "członkowie Zespołu" (the noun, not "miast członkowskich"); not "w
    # Przedstawicielstwie Komisji …" (a body named after the one it represents, the venue)
    r"(?:przedstawiciel(?!stw)\w*|członk(?:owie|ów|om|ami|iń\w*)|udział\w*|reprezentan\w*|delegac\w*|"
    r"members\s+of(?:\s+the)?|"
    r"(?:representatives|officials|delegates|delegation|experts|staff)\s+(?:of|from)(?:\s+the)?|"
    r"ekspert\w*\s+z|pracowni(?:cy|ków|kami|czki)|urzędni(?:cy|ków|kami|czki)|by)\s+$",
    re.IGNORECASE,
)
# "a visit by Council of Europe representatives": the body before the word for its people.
REPRESENTED_AFTER = re.compile(r"^\s+(?:representatives|officials|delegates|delegation|experts)\b")
DISCUSSION = re.compile(
    r"rozmaw\w*|rozmow(?:a|y|ie|ę|ą|om|ach)\b|omów\w*|omawia\w*|dyskut\w*|dyskusj\w*|poświęcon\w*|debat\w*|"
    r"na\s+temat|dotycz\w*|o\s+tematyce|szkoleni\w*|warsztat\w*|"
    # a programme's items are what the event is on: "panel I: „Szkoła na pograniczu kultur”"
    r"\bpanel\w*|\bsesj[aię]\b|" + PROGRAMME_ITEM + "|"
    r"training\w*|workshops?\s+on|discuss\w*|devoted\s+to|on\s+the\s+topic|"
    # "pod hasłem „Empatia, otwartość, integracja”": a slogan says what the event is about
    r"pod\s+hasłem|under\s+the\s+(?:slogan|motto|theme)|"
    r"\bthe\s+(?:main\s+)?(?:topic|theme|focus)\s+(?:was|were|is)\b|\bfocus(?:ed|sed)?\s+on\b|"
    # "Christine Goyer, … – o ochronie czasowej …": what a speaker spoke about
    r"[–—]\s+o\s+(?=\w)|\bmówi(?:ł|li|ły)\w*\s+o\b|\bopowiada\w*\s+o\b|\bspoke\s+(?:about|on)\b|"
    # "Przedmiotem obrad była …", "Spotkanie koncentrowało się na …", "Poruszono temat …",
    # "Podjęto kwestię …", "W centrum uwagi znalazła się …", "Porządek obrad obejmował …",
    # "zastanawiali się nad …", "analizowano …", "pochylono się nad …"
    r"\bprzedmiot(?:em)?\s+(?:obrad|spotkania|dyskusji|rozmów|debaty|posiedzenia|warsztatów)\b|"
    r"\b(?:koncentrow|skupi)\w*\s+się\s+na\b|\bporusz\w*|\bpodję\w*\s+(?:temat|kwesti|problem)\w*|"
    r"\bw\s+centrum\s+uwagi\b|\b(?:porządek\s+obrad|agend\w+)\s+(?:obejm|zawier)\w*|"
    r"\bna\s+agendzie\b|\bzastanawia\w*\s+się\s+nad\b|\banalizowa\w*|\bpochyl\w*\s+się\s+nad\b|"
    r"\bgłówn\w+\s+(?:temat\w*|kwesti\w*|wątki\w*)\b|\btematyk\w*\b|"
    r"\bpodziel\w*\s+się\s+(?:\w+\s+)?(?:doświadcze|wiedz)\w*|"
    r"\btopics\s+included\b|\baddress(?:ed|ing)\b|\bagenda\s+(?:covered|included)\b|"
    # what speakers presented, compared or stressed is what the event was on
    r"\bopowiedzia\w*|\bprzedstawi(?:ł|ła|li|ły|ono|a|ają)\b|\bprezentowa\w*|\bzaprezentowa\w*|"
    r"\bpokaza(?:ł|ła|li|ły|no)\b|"
    r"\bporówn\w*|\bpodkreśla\w*|\bpresent(?:ed|s)\b|\bcompared\b|\bstressed\b|"
    # what the guests asked about: "dopytywali przede wszystkim o pracę asystentów"
    r"\b(?:do|za|wy)?pyt(?:a|ywa)\w*\s+(?:\w+\s+){0,3}?o\b|\basked\s+(?:\w+\s+)?about\b|"
    # "wymieniali się doświadczeniami w zakresie opieki zdrowotnej", "exchange of experience"
    r"\bwymieni\w*\s+się\s+doświadczeni\w*|\bwymian\w*\s+doświadcze\w*|"
    r"\bexchang\w*\s+(?:of\s+)?(?:experiences?|good\s+practices?)\b|"
    # what a visit was for: "came to Wrocław to learn how … policies are put in place"
    r"\bto\s+learn\b|\blearn(?:ed|t)?\s+(?:about|how)\b|\bto\s+discuss\b|"
    r"\bby\s+(?:creating|integrating|building|supporting)\b",
    re.IGNORECASE,
)
# "przy wsparciu UNHCR", "pod patronatem …", "w partnerstwie m.in. z IOM": partners of an
# event lend it support; they are not its organisers.
SUPPORT = re.compile(
    r"wspier\w*|wspar\w*|wspomag\w*|patronat\w*|partnerstw\w*|supported|partnership|"
    # "Partnerami wydarzenia były X i Y", "Partnerem konferencji był X", "Partners of the event
    # were X", "Partnerzy: X, Y": the event's partners (not "partner projektu": a project's)
    r"partner(?:em|ami|zy|ów|ką|kami|ki)?\s+(?:\w+\s+)?(?:wydarze|konferencj|spotka|seminari|"
    r"debat|warsztat|szkole|festiwal|forum|webinari|gali|pikniku)\w*|"
    r"partners?\s+of\s+the\s+(?:event|conference|meeting|seminar|workshop|forum)|"
    r"(?m:^\W*(?:partnerzy|partners)\s*:)",
    re.IGNORECASE,
)
# "korzysta z wiedzy eksperckiej / z doświadczenia X", "eksperci X doradzają": a body's
# knowledge put at a meeting's service
EXPERTISE = re.compile(
    r"(?i)\bkorzyst\w*\s+z\s+(?:\w+\s+){0,2}?(?:wiedzy|doświadcze\w*|pomocy|wsparci\w*|rad)\b|"
    r"\bekspert\w*|\bdoradz\w*|\bexpertise\b|\badvi[cs]e\b"
)
NEAR = 5  # words allowed between a cue ("Organizatorem konferencji był") and the organisation
# "Każde posiedzenie …", "wszystkie spotkania", "jego posiedzenia od początku wspierają …": what
# is said of the Team's meetings as a whole
EVERY_MEETING = re.compile(
    r"\b(każd\w+|wszystki\w+)\s+(posiedzeni\w*|spotkani\w*)|"
    r"\b(?:jego|ich)\s+(?:posiedzenia|spotkania)\s+(?:od\s+początku|zawsze|regularnie)\b",
    re.IGNORECASE,
)
# The words of events a body prepares or organises ("konferencja, którą przygotowała X",
# "Debatę przygotowują wspólnie:")
EVENT_WORD = (
    r"(?:warsztat|spotkani|szkoleni|konferencj|deba(?:t|ci)|seminari|wydarzeni|webinari|"
    r"posiedzeni)\w*"
)
ORGANISER = re.compile(
    r"organizator\w*|zorganizowa\w*|gospod(?:ar|yn)\w*|organi[sz]ed\s+by|hosted\s+by|host\b|"
    r"organi[sz]ed\s+(?:together\s+|jointly\s+)?with|(?:we|przy)\s+współpracy\s+z|"
    r"współorganizator\w*|"
    # "Inicjatorem spotkania była X", "Z inicjatywy X odbyła się …", "Za organizację warsztatów
    # odpowiadała X", "Warsztaty przygotowała X" (the verb before its subject)
    r"inicjator\w*|z\s+inicjatywy|za\s+(?:organizację|przygotowanie|przeprowadzenie)\s+"
    r"(?:\w+\s+){0,3}?odpowiada\w*|"
    # ("konferencja, którą przygotowała X": the relative clause after the event's word)
    + EVENT_WORD
    + r",?\s+(?:\S+\s+){0,2}?przygotowa(?:ł|ła|ło|li|ły)(?=\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ]))|"
    r"in\s+cooperation\s+with|"
    # "zaproszeni przez Instytut Spraw Publicznych", "na zaproszenie prezydenta Gdańska": the
    # one who invites to an event holds it.
    r"zaproszen\w*\s+przez|zaproszon\w*\s+przez|na\s+zaproszenie|invited\s+by|"
    r"at\s+the\s+invitation\s+of(?:\s+the)?|"
    # "webinarium przygotowane przez X wspólnie z Y", "szkolenie prowadzone przez X": who
    # prepared or ran it (in the nominative, as of the event told; "w miejscu … prowadzonym
    # przez stowarzyszenie" is the place's)
    r"przygotowan[aeyio]\s+przez|prowadzon[aeyio]\s+przez|wspólnie\s+z|prepared\s+by|run\s+by|"
    # "The study visit was prepared together with the municipality of Wrocław and …"
    r"prepared\s+(?:together\s+|jointly\s+)?with|organi[sz]ers?\s*:|"
    # "The organisers are the City of Gdańsk, the European Solidarity Centre and …"
    r"organi[sz]ers?\s+(?:are|were|will\s+be|include[sd]?)\b|"
    # "Organizują ją Unia Metropolii Polskich, Ośrodek …": the subject of the finite verb, after
    # it and the pronoun of the event told
    r"\b(?:współ)?organiz(?:uje|ują|ował[aoy]?|owali)(?:\s+(?:go|ją|je|to|tę|ten))?\b",
    re.IGNORECASE,
)


def locative_city(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str] | None = None
) -> Mention | None:
    """The city the meeting word's clause places it in ("W Lublinie odbyło się posiedzenie",
    "held its first meeting in Warsaw"); a city in another clause ("Set up under the
    declaration signed in Gdańsk, the Team held …") only when the meeting's clause has none."""
    english = ctx.doc.language == "en"
    # (and the city a visit went to: "visited Rzeszów on 6 April", "odwiedzili Rzeszów")
    preposition = (
        r"\b(in|In|to|at|visited|visiting)"
        if english
        else r"\b(w|we|W|We|odwiedzi(?:ł|ła|ło|li|ły)?|odwiedzą)"
    )
    if not english and trigger is not None and ARRIVING.match(trigger.group(0)):
        # ("do Gdańska przyjedzie delegacja", "goście przyjechali do Krakowa": where they come)
        preposition = r"\b(w|we|W|We|do|Do|odwiedzi|odwiedzą)"
    cities = ctx.mentions_in(sentence, "city")
    if trigger is not None:
        at = sentence.start + trigger.start()
        same = [c for c in cities if not re.search(r"[,;–—]", ctx.text(*sorted((c.end, at))))]
        cities = same + [c for c in cities if c not in same]
    for mention in cities:
        if part_of_a_bodys_name(ctx, mention):
            continue
        if preceded_by(ctx.doc.text, mention.start, preposition):
            return mention
        # "Wrocław held a public meeting": in English the host city may be the subject.
        if english and HOSTED.match(ctx.text(mention.end, sentence.end)):
            return mention
    # "First regional conference, Brussels, 28 November", "International conference | Gdańsk,
    # 30 November – 1 December 2022": the city set off between the meeting word and its date.
    for mention in cities:
        if (
            trigger is not None
            and mention.start > sentence.start + trigger.end()
            and re.search(r"(?:,|\s[|·–—])\s*$", ctx.text(sentence.start, mention.start))
            and re.match(r"\s*,\s*\d", ctx.text(mention.end, sentence.end))
        ):
            return mention
    # "Na konferencji podsumowującej (16 marca 2023 r., Kraków, sala obrad …)": the city in
    # the brackets that date the event.
    for mention in ctx.mentions_in(sentence, "city"):
        opened = ctx.text(sentence.start, mention.start).rfind("(")
        closed = ctx.text(sentence.start, mention.start).rfind(")")
        if opened > closed and re.search(r"\d", ctx.text(sentence.start + opened, mention.start)):
            return mention
    return None


# "przedstawiciele / eksperci / goście z Szkoły Głównej Handlowej w Warszawie": people who come
# from a body, not the place of the event (which "warsztaty dla uczniów Zespołu Szkół nr 12 we
# Wrocławiu" may be)
FROM_A_BODY = (
    r"\b(?:przedstawiciel\w*|reprezentant\w*|delegacj\w*|członk\w*|członkini\w*|ekspert\w*|"
    r"pracowni\w*|naukow\w*|badacz\w*|goś\w*|z|ze|representatives\s+of|from)"
)


def part_of_a_bodys_name(ctx: DocumentContext, city: Mention) -> bool:
    """ "przedstawiciele Szkoły Głównej Handlowej w Warszawie": the town inside the name of a
    body people come from places the body, not the event."""
    return any(
        body.kind != "city"
        and body.start < city.start
        and city.end <= body.end
        and preceded_by(ctx.doc.text, body.start, FROM_A_BODY)
        for body in ctx.mentions
    )


def hosting_city(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> Mention | None:
    """The city that hosted ("Białystok gościł Zespół …", "Lublin przyjmie członków Zespołu"):
    the city named before the verb, or
    for "nasze miasto" the one city of the page's title (else the city the page names most)."""
    at = sentence.start + trigger.start()
    hosts = re.search(
        r"(?i)\b(?:jest|będzie|był[ao]?|została?|zostanie)\s+gospodar\w+\s+(?:\w+\s+){0,2}$",
        ctx.text(sentence.start, at),
    )
    if hosts is not None:
        # "Rzeszów będzie gospodarzem ogólnopolskiej konferencji": the city before the verb
        before = [
            c
            for c in ctx.mentions_in(sentence, "city")
            if c.end <= sentence.start + hosts.start()
            and not preceded_by(ctx.doc.text, c.start, r"\b(?:w|we|z|ze|do)")
        ]
        return before[-1] if before else None
    if not trigger.group(1).lower().startswith(("gości", "przyj")):
        return None
    before = [c for c in ctx.mentions_in(sentence, "city") if c.end <= at]
    if before:
        return before[-1]
    iri = city_of_title(ctx) or ctx.city_of_page()
    return Mention(at, at, trigger.group(1), iri, "city") if iri else None


def adjective_placed_trigger(
    ctx: DocumentContext, sentence: Sentence, first: re.Match[str]
) -> tuple[re.Match[str], Mention | None]:
    """The meeting word that a city's adjective places ("na konferencji prasowej przy gdańskiej
    konferencji „…”": the second), else the first meeting word, unplaced."""
    pattern = TRIGGER_EN if ctx.doc.language == "en" else TRIGGER
    for trigger in pattern.finditer(sentence.text):
        city = city_adjective_before(ctx, sentence, trigger)
        if city is not None:
            return trigger, city
    return first, None


def city_adjective_before(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> Mention | None:
    """ "przy gdańskiej konferencji", "na krakowskim spotkaniu": the city's adjective right
    before the meeting word places the event in that city."""
    before = re.search(r"(\w+)\s+$", sentence.text[: trigger.start()])
    if before is None:
        return None
    city = ctx.reference.city_of_adjective_form(before.group(1))
    if city is None:
        return None
    start = sentence.start + before.start(1)
    return Mention(start, start + len(before.group(1)), before.group(1), city, "city")


def city_adjective_of_a_place(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> Mention | None:
    """ "W poniedziałek w rzeszowskim Ratuszu zebrał się Zarząd …", "w gdańskim ECS": a place
    named with a city's adjective after "w" in the meeting word's clause puts the event there."""
    at = sentence.start + trigger.start()
    for match in re.finditer(r"\b[Ww]e?\s+(\w+)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", sentence.text):
        start = sentence.start + match.start(1)
        if re.search(r";|\.(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"]|\s*$)", ctx.text(*sorted((start, at)))):
            continue  # another clause (not the dot of "r.", "godz.", "ul.")
        city = ctx.reference.city_of_adjective_form(match.group(1))
        if city is not None:
            return Mention(start, start + len(match.group(1)), match.group(1), city, "city")
    return None


# Event words that make an event only on a day their clause gives: people who talked
# ("rozmawiali w czwartek (14.03) w Lublinie"; "rozmawialiśmy o mieszkalnictwie" in an account
# is what was said) and a panel ("W panelu „…”, który poprowadziła X" is a part of the
# conference told).
# (and what people took part in: "projekt, w którym wzięło udział 20 szkół" in a year is none)
NEEDS_A_DAY = re.compile(
    r"(?i)(?:roz)?mawia|dyskutowa|debatowa|panel|celebrat|discussed|hearing|odwiedz|"
    # (a visit, but not a study visit, which the days said before may date; an agreement
    # signed, also told from the agreement: "Porozumienie podpisano …")
    r"wizy[tc](?!\w*\s+studyjn)|podpisa|zawar|zainaugur|odsłoni|" + AGREEMENT + r"|"
    r"(?:mówi|apelowa|przekonywa)(?:li|ły)\b|"
    r"^w\s+(?:którym|której|których)\b|"
    r"(?-i:[A-Z].*\s(?:Day|Week)$)"  # "World Refugee Day": named alone, a day in no calendar
)


INAUGURATED = re.compile(r"(?i)zainaugur|odsłoni")
IMPERSONAL_SIGNING = re.compile(r"(?i)(?:podpisano|zawarto|" + AGREEMENT + ")")


def a_day_in(ctx: DocumentContext, sentence: Sentence) -> bool:
    return any(d.is_day and not d.dateline for d in ctx.dates_in(sentence))


def trigger_in(ctx: DocumentContext, sentence: Sentence) -> re.Match[str] | None:
    pattern = TRIGGER_EN if ctx.doc.language == "en" else TRIGGER
    # ("we Wrocławskim Centrum Kongresowym odbyła się konferencja": a word inside a venue's or
    # a body's name is no event word)
    names = [m for m in ctx.mentions_in(sentence) if m.kind in ("venue", "org", "office", "unit")]
    triggers = [
        m
        for m in pattern.finditer(sentence.text)
        if not on_premises(sentence.text, m.start())
        and not any(n.start <= sentence.start + m.start() < n.end for n in names)
        and not REPORT_ON_CONSULTATIONS.search(sentence.text[: m.start()] + m.group(0))
        and (not NEEDS_A_DAY.match(m.group(1)) or a_day_in(ctx, sentence))
    ]
    # ("Projekt zainaugurowało seminarium „…”": an inauguration's verb gives way to the event
    # word the sentence names)
    if any(not INAUGURATED.match(m.group(1)) for m in triggers):
        triggers = [m for m in triggers if not INAUGURATED.match(m.group(1))]
    # ("3 października podpisano porozumienie; uroczystość odbyła się …", "Podczas VII Forum dla
    # Seniorów … podpisano list intencyjny": an agreement signed with no signers named is
    # signed at the event the sentence also names, if it names one)
    told = [m for m in triggers if IMPERSONAL_SIGNING.match(m.group(1)) is None]
    if not told and not ctx.mentions_in(sentence, "city"):
        # (and with no signers named, only where the clause says where: "3 października
        # podpisano porozumienie; uroczystość odbyła się w …" is the ceremony's day)
        triggers = []
    found: re.Match[str] | None = next(iter(told or triggers), None)
    unsigned = found is not None and IMPERSONAL_SIGNING.match(found.group(1)) is not None
    if (found is None or unsigned) and ctx.doc.language != "en":
        # "zbliżający się Poznański Tydzień Tolerancji": an event known by its proper name.
        named = next(
            (
                m
                for m in NAMED_EVENT.finditer(sentence.text)
                if len(m.group(0).split()) > 1 and not on_premises(sentence.text, m.start())
            ),
            None,
        )
        found = (
            re.compile("(" + re.escape(named.group("head")) + ")").search(
                sentence.text, named.start("head")
            )
            if named
            else found
        )
    if found is None and ctx.doc.language == "en" and a_day_in(ctx, sentence):
        # "The second edition of the Academy took place in Kraków on 5-6 June 2023": what took
        # place on a day is an event (not "It took place …": the event named before)
        found = next(
            (
                m
                for m in TOOK_PLACE_EN.finditer(sentence.text)
                if not re.match(r"\W*(?:It|This|They|These|That)\b", sentence.text)
            ),
            None,
        )
    if found is None and ctx.doc.language != "en" and a_day_in(ctx, sentence):
        # "W poniedziałek (25.10) Rada Miasta Białystok przyjęła stanowisko …": a council that
        # adopted an act on a day sat that day; the session is the event
        # (not on the act's own date: "przyjęła Model … uchwałą z 30 czerwca 2016 roku" tells
        # of the act; nor where the sentence names a sitting, which its own word reads or
        # refuses: "na sesji zdjęciowej 3 maja uchwaliła budżet" is no session of the council)
        found = next(
            (
                m
                for m in ADOPTED.finditer(sentence.text)
                if COUNCIL.search(sentence.text[: m.start()])
                and not SITTING.search(sentence.text)
                and any(
                    d.is_day and not d.dateline and not a_documents_date(ctx, d)
                    for d in ctx.dates_in(sentence)
                )
            ),
            None,
        )
    if found is None and ctx.doc.language != "en" and a_day_in(ctx, sentence):
        # "12 maja w Poznaniu odbył się koncert …", "… odbędzie się wernisaż": what took place
        # on a day is an event, whatever the noun that names it
        found = next(
            (
                m
                for m in TOOK_PLACE.finditer(sentence.text)
                if not on_premises(sentence.text, m.start()) and names_what(sentence.text, m)
            ),
            None,
        )
    return found


# A council's adoption of an act (a resolution, a position, a programme …), told in the past
# (the act's title may open with quotes: "przyjęli 21 lutego „Politykę na rzecz …”"; a decision
# is one: "podjęła decyzję o pomocy", "radni … zdecydowali o wysłaniu sprzętu")
ACT_AFTER = (
    r"(?=\s+(?:[^\s;]+\s+){0,4}?[„\"“]?(?:uchwał|stanowisk|rezolucj|apel|program|model|polityk|"
    r"strategi|deklaracj|budżet|plan|decyzj)\w*)"
)
ADOPTED = re.compile(
    r"(?i)\b((?:(?:przyję|podję)|(?:uchwali|przegłosowa))(?:ła|li|ły|ło)\b" + ACT_AFTER + r"|"
    r"zdecydowa(?:ła|li|ły|ło)(?=\s+(?:[^\s;]+\s+){0,4}?(?:o|że)\s))"
)
# … by a town's or a district's council, or its councillors ("Rada Miasta Białystok", "Rada
# Warszawy", "Rada Miejska w Łodzi", "radni", "Sejmik Województwa …")
COUNCIL = re.compile(
    r"(?<![\w-])(?:Rad(?:a|zie|y|ę|ą)\s+(?:Miasta|Miejsk\w*|Gminy|Dzielnicy|Powiatu|m\.\s?st\.|"
    r"Warszawy|Stołeczn\w*)|[Rr]adn(?:i|ych|ymi)|Sejmik\w*)(?![\w-])"
)


def town_of_the_councillors(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> Mention | None:
    """ "Gdańscy radni 30 czerwca przyjęli Model …": the town whose adjective qualifies the
    councillors who adopted the act is where their council sat."""
    for match in re.finditer(r"(?<![\w-])(\w+)\s+radni\b", sentence.text[: trigger.start()]):
        city = ctx.reference.city_of_adjective_form(match.group(1))
        if city is not None:
            start = sentence.start + match.start(1)
            return Mention(start, start + len(match.group(1)), match.group(1), city, "city")
    return None


def names_what(text: str, verb: re.Match[str]) -> bool:
    """The verb's subject is named: a noun in the nominative right after it ("odbył się
    koncert") or opening the sentence ("Koncert … odbędzie się"). "Ostatecznie odbyło się 17
    lipca" speaks of an event named before, whose account this is."""
    # (the very next word: "odbędzie się 28 maja" names a day, not what)
    after = re.findall(r"^\s*([^\W\d_]+)\b", text[verb.end() :])
    first = re.findall(r"^\W*([^\W\d_]+)\b", text[: verb.start()])
    return any(
        tag.startswith("subst") and tag_has(tag, 2, "nom")
        for word in after + first
        if word.lower() not in PRONOUNS  # "Ona odbędzie się …": the event named before
        for _, tag, _ in analyses(word)
    )


PRONOUNS = frozenset({"on", "ona", "ono", "oni", "one", "to", "ten", "ta", "te", "tamto"})


TOOK_PLACE_EN = re.compile(
    r"\b((?:took|takes|will\s+take)\s+place|(?:was|were|is|are|will\s+be)\s+held)\b"
)
TOOK_PLACE = re.compile(r"\b(odby(?:ł|ła|ło|li|ły)\s+się|odbęd(?:zie|ą)\s+się)\b")


# "Raport z konsultacji społecznych (PDF)": a document of the consultations, no event told
REPORT_ON_CONSULTATIONS = re.compile(
    r"(?i)\b(?:raport\w*|sprawozdani\w*|podsumowani\w*|wynik\w*)\s+z\s+konsultacj\w*(?:\s+społeczn\w*)?$"
)


# "teren Międzynarodowych Targów Poznańskich", "w hali Targów Kielce": a fair's grounds or hall
# is a place, not the fair.
PREMISES_BEFORE = re.compile(
    r"(?i)\b(?:teren\w*|hal[aiię]|hal[ąe]|pawilon\w*|budyn\w*|siedzib\w*|obiekt\w*)\s+$"
)


def on_premises(text: str, start: int) -> bool:
    """Whether the (capitalised) name opening at `start` follows a word for grounds or a hall:
    "teren Międzynarodowych Targów Poznańskich" is a place."""
    before = re.sub(rf"(?:{CAPITAL_WORD}\s+)*$", "", text[:start])
    return PREMISES_BEFORE.search(before) is not None


# Proper names of events, capitalised around their head noun in any case: "Europejskiego
# Kongresu Gospodarczego", "Poznański Tydzień Tolerancji", "IV Targi Edukacji Międzykulturowej".
CAPITAL_WORD = r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+"
NAMED_EVENT = re.compile(
    rf"(?:\b[IVX]+\s+)?(?:{CAPITAL_WORD}\s+)*"
    r"(?P<head>(?:Kongres|Forum|Targ|Tydzie|Tygodni|Festiwal|Dni\b|Dniach|Dzie[nń]\b|Dni[au]\b|"
    r"Szczyt|Szczycie\b|Zjazd|Zjeździe\b|"
    r"Konferencj|Seminari|Debat)\w*)"
    # ("Forum Współpracy i Integracji": words of one complement joined by "i"; "IV Forum ds.
    # Lokalnych Polityk Migracyjnych": a complement after "ds.", as in bodies' names; "Dzień
    # Otwarty dla Studentów": whom the event is for)
    rf"(?:\s+(?:i\s+|ds\.\s+|dla\s+)?(?!W\b|We\b){CAPITAL_WORD})*"
    # "XIV Forum Cudzoziemców przy Wojewodzie Mazowieckim": whom a series is attached to
    rf"(?:\s+przy(?:\s+(?!W\b|We\b){CAPITAL_WORD})+)?"
)


def proper_event_name(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> str | None:
    """The event's proper name around its (capitalised) head word, in the nominative; not a
    body's name ("Forum Integracji i Migracji" the page names as an organisation)."""
    english = english_event_name(ctx, sentence, trigger) if ctx.doc.language == "en" else None
    if english is not None:
        return english
    occasion = named_with_its_occasion(ctx, sentence, trigger)
    if occasion is not None:
        return occasion
    for match in NAMED_EVENT.finditer(sentence.text):
        if not match.start("head") <= trigger.start() < match.end("head"):
            continue
        opening = name_opening(match)
        words = match.group(0)[opening:].split()
        start = sentence.start + match.start() + opening
        if len(words) < 2 or (match.start() + opening == 0 and len(words) < 3):
            return None  # "Konferencja odbyła się …": a capital that only opens the sentence
        end = sentence.start + match.end()
        if any(m.start < end and start < m.end for m in ctx.mentions):
            return None
        head = match.group("head")
        # A name written in the nominative ("Wielkopolskie Dni Wielokulturowości") stays.
        if any(tag_has(tag, 2, "nom") for _, tag, _ in analyses(head)):
            return " ".join(words)
        # "IV Targach Edukacji …": the edition's Roman number stays, the name declines.
        edition = words[:1] if re.fullmatch(r"[IVXLC]+\.?", words[0]) else []
        return " ".join([*edition, phrase_base_form(words[len(edition) :])])
    return None


# "… z okazji Światowego Dnia Uchodźcy": a named day said to be the occasion of what comes before
OCCASION = re.compile(r"\s+z\s+okazji\s+$")


def named_with_its_occasion(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> str | None:
    """ "Na Pikniku Sąsiedzkim z okazji Dnia Dziecka …" → "Piknik Sąsiedzki z okazji Dnia
    Dziecka": an event named by what it is and the named day it is held for (the day stays in
    the genitive, as the name writes it), whether the trigger is the event's word or the
    day's."""
    for match in NAMED_EVENT.finditer(sentence.text):
        opening = name_opening(match)
        day = match.group(0)[opening:].split()
        if not re.match(r"D(?:zie[nń]|ni[au])$", match.group("head")) or len(day) < 2:
            continue
        said = OCCASION.search(sentence.text, 0, match.start() + opening)
        phrase = event_phrase_before(sentence.text[: said.start()].split()) if said else []
        if said is None or not phrase:
            continue
        start = sentence.text.rindex(phrase[0], 0, said.start())
        if not start <= trigger.start() < match.end("head"):
            continue
        if any(
            m.start < sentence.start + match.end() and sentence.start + start < m.end
            for m in ctx.mentions
        ):
            continue
        return f"{phrase_base_form(phrase)} z okazji {' '.join(day)}"
    return None


def event_phrase_before(words: list[str]) -> list[str]:
    """The event's words right before "z okazji": at most three, capitalised ("Festiwal
    Uliczny", "Wielokulturowy Piknik Rodzinny") or nouns after its head ("Piknik przyjaźni"),
    opening at a capitalised noun; a preposition or a verb before them is the sentence's."""
    phrase: list[str] = []
    for word in reversed(words[-3:]):
        readings = [tag for _, tag, _ in analyses(word)]
        noun = any(tag.startswith("subst") for tag in readings)
        if any(tag.split(":")[0] in ("prep", "fin", "praet", "ppas", "inf") for tag in readings):
            break
        if not (word[:1].isupper() or noun) or not word.isalpha():
            break
        phrase.insert(0, word)
    while phrase and not (phrase[0][:1].isupper() and head_noun(phrase)):
        phrase = phrase[1:]
    return phrase


def head_noun(phrase: list[str]) -> bool:
    """Whether the phrase has a capitalised noun: its head."""
    return any(
        word[:1].isupper() and any(tag.startswith("subst") for _, tag, _ in analyses(word))
        for word in phrase
    )


def name_opening(match: re.Match[str]) -> int:
    """Where an event's name opens in its match: at the edition's Roman number ("Uczestnicy
    III Forum …" is the forum's), past a capitalised preposition that opens the sentence ("Na
    XIV Forum …", "Podczas Europejskiego Kongresu …")."""
    opening = 0
    for word in re.finditer(r"\S+", match.group(0)[: match.start("head") - match.start()]):
        if re.fullmatch(r"[IVXLC]+\.?", word.group()):
            return word.start()
        if opening == word.start() and a_preposition(word.group()):
            opening = word.end() + 1
    return opening


def a_preposition(word: str) -> bool:
    """A preposition, whatever else SGJP reads the word as besides a particle, an adverb or an
    interjection ("Na" is the interjection "na!" too, "Za" a particle, "Wobec" an adverb)."""
    kinds = {tag.split(":")[0] for _, tag, _ in analyses(word.lower())}
    return "prep" in kinds and kinds <= {"prep", "interj", "part", "adv"}


# "World Refugee Day", "International Migrants Day", "European Week of Regions": capitalised
# words before (and "of" with capitalised words after) a named day's or week's head
NAMED_EVENT_EN = re.compile(
    r"(?P<name>(?:(?!(?:The|A|An|On|In|At|This|Our|Its)\s)[A-Z][\w'\u2019-]+\s+)+(?P<head>Day|Week)"
    r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]+)+)?)"
)


def english_event_name(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> str | None:
    """ "… celebrated World Refugee Day": the day's own name, when the trigger is its head or
    the verb of the clause that names it."""
    for match in NAMED_EVENT_EN.finditer(sentence.text):
        start = sentence.start + match.start()
        if any(m.start < start + len(match.group(0)) and start < m.end for m in ctx.mentions):
            continue
        if match.start() <= trigger.start() < match.end() or trigger.end() <= match.start():
            return match.group("name")
    return None


# "podpisali … podczas konferencji": the event is the setting of another action, whose date
# comes before it; the event's own date, if any, follows it ("która odbyła się 29-30 czerwca").
SETTING = re.compile(
    r"(?:podczas|w\s+trakcie|w\s+czasie|przy\s+okazji|during|at\s+the)\s+$", re.IGNORECASE
)
# a body's sitting: "posiedzenia Zarządu", "sesji Rady Miasta", "obrad", "zebrania"
SITTING = re.compile(r"(?i)posiedze|sesj|obrad|zebra|spotka")


def day_date(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str] | None = None
) -> DateMention | None:
    # "rejestracja – do 31 maja": a deadline is no event's day; nor is a day inside a quoted
    # title ("the conference “… two years after 24 February 2022”")
    days = [
        d
        for d in ctx.dates_in(sentence)
        if d.is_day
        and not d.dateline
        and not a_deadline(ctx, d)
        and not quoted(sentence, d)
        and not a_documents_date(ctx, d)
    ]
    if trigger is not None and SETTING.search(sentence.text[: trigger.start()]):
        # "24 kwietnia w Szczecinie, podczas posiedzenia Zarządu, prezydenci podpisali …": a
        # body's sitting lasts a day, the action's; a conference may last several, and where
        # the page gives an event a span of days ("29–30 czerwca"), that span is its date.
        after = [d for d in days if d.start >= sentence.start + trigger.end()]
        sitting = SITTING.match(trigger.group(0)) is not None
        days = after or [d for d in days if sitting and not inside_a_span_of_the_page(ctx, d)]
    if trigger is not None and len(days) > 1:
        # "signed on 30 June, the second day of the conference (29–30 June)": a span that holds
        # every other day the sentence names is the event's; those are days of it.
        spanning = [d for d in days if all(within_days(o, d) for o in days)]
        if len(spanning) == 1:
            return spanning[0]
        # "W czwartek 24 listopada gościliśmy Zespół, który w dniach 24–25 listopada obradował
        # w Krakowie": the date written nearest the meeting word is the meeting's.
        at = sentence.start + trigger.start()
        return min(days, key=lambda d: (min(abs(d.start - at), abs(d.end - at)), d.start))
    return days[0] if days else None


def sets_the_scene(ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """ "podczas konferencji podpisano …": a conference the sentence only sets the scene with
    may last longer than the day of what was done at it, so that day is not its date; a
    sitting or meeting lasts the day ("mówił 24 lutego 2023 r. podczas spotkania w MCSM")."""
    if not SETTING.search(sentence.text[: trigger.start()]):
        return False
    return SITTING.match(trigger.group(0)) is None or day_date(ctx, sentence, trigger) is None


def inside_a_span_of_the_page(ctx: DocumentContext, day: DateMention) -> bool:
    """Whether the page names a span of several days that holds this day."""
    return any(
        d.first is not None
        and d.last is not None
        and d.first != d.last
        and day.first is not None
        and d.first <= day.first <= d.last
        for d in ctx.dates
        if d is not day
    )


# "ODIHR release dated Warsaw, 15 March 2023", "pismem z dnia 5 maja 2023 r.": the day a
# document bears, not an event's
DOCUMENTS_DATE = r"\b(?:dated|z\s+dnia)(?:\s+[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+,)?"


# "dekretem Prezydenta Ukrainy z 8 lutego 2022 r.", "ustawy z 12 marca 2022 r.", "uchwałą nr
# XLI/1234/2022 Rady Miasta Krakowa z 24 marca": a legal act in any case, its number and issuer,
# then "z" and the day it bears
ACTS_DATE = re.compile(
    # ("uchwale", "dekrecie": the stem's consonant softens before -e)
    r"(?i:\b(?:dekre[tc]|ustaw|uchwa[łl]|rozporządze|zarządze|decyzj|postanowie|wyrok|orzecze|"
    r"obwieszcze|nowelizacj)[a-ząćęłńóśźż]*)(?P<between>(?:\s+[^\s.,;:!?()„”\"]+){0,7}?)\s+z\s*$"
)


def a_documents_date(ctx: DocumentContext, day: DateMention) -> bool:
    text = ctx.doc.text
    if preceded_by(text, day.start, DOCUMENTS_DATE):
        return True
    act = ACTS_DATE.search(text[max(0, day.start - 90) : day.start])
    return act is not None and all(map(names_the_act, act.group("between").split()))


def names_the_act(word: str) -> bool:
    """A word between a legal act and its "z": its number ("nr XLI/1234/2022") or a word of
    its issuer in the genitive ("Prezydenta Ukrainy", "Ministra Spraw Wewnętrznych i
    Administracji"); not a verb or a preposition ("Uchwałę przyjęto na spotkaniu z 8 lutego":
    the day is the meeting's)."""
    if word.lower() in ("nr", "i") or any(c.isdigit() for c in word):
        return True
    return any(
        (tag.split(":")[0] in ("subst", "adj") and tag_has(tag, 2, "gen")) or tag == "ign"
        for _, tag, _ in analyses(word)
    ) and not any(
        tag.split(":")[0] in ("prep", "fin", "praet", "imps") for _, tag, _ in analyses(word)
    )


QUOTED = re.compile(r"„[^”“\"\n]*[”“\"]|“[^”\n]*”|\"[^\"\n]*\"")


def quoted(sentence: Sentence, day: DateMention) -> bool:
    """Whether the day is written inside quotation marks in the sentence (a title's)."""
    return any(
        sentence.start + q.start() < day.start and day.end < sentence.start + q.end()
        for q in QUOTED.finditer(sentence.text)
    )


def days_said_just_before(ctx: DocumentContext, sentence: Sentence) -> DateMention | None:
    """ "Od 2 do 4 października mieliśmy okazję zobaczyć, jak to robią. Na wizytę studyjną …
    zaprosiła nas Rada Europy": a meeting word without a day, right after a sentence (no heading
    between) that gives one span of days and names no meeting of its own, is on those days."""
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    if not before or is_section_break(before[-1]):
        return None  # the next paragraph may go on, a heading starts something else
    previous = before[-1]
    days = [d for d in ctx.dates_in(previous) if d.is_day and not d.dateline]
    if len(days) != 1 or days[0].first == days[0].last or trigger_in(ctx, previous):
        return None
    return days[0]


# "uroczystość odbyła się w Muzeum …", "Pierwsza gala, podczas której wręczono …, odbyła się":
# the event word as the clause's subject (a demonstrative or an ordinal before it at most), and
# the verb of being held after it
TOLD_AS_HELD = re.compile(
    r"[^.;!?]{0,160}?\b(?:odbył[aoy]?|odbyły|odbywał[aoy]?|miał[aoy]?\s+miejsce)\s+(?:się\b)?"
)
SUBJECT_BEFORE = re.compile(
    r"(?i)[\s\-*•\d.)]*(?:(?:ta|ten|to|te|owa|owy|pierwsz[aey]|kolejn[aey]|cał[aey])\s+)?"
)


def day_of_what_was_told(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> DateMention | None:
    """ "We wtorek 25 czerwca 2019 r. tytuł … otrzymały dwie organizacje …; uroczystość odbyła
    się w Muzeum …": an event word that opens its clause as the subject of "odbyła się", with no
    day of its own, is held on the one day the clause or sentence just before gives (which names
    no event of its own): the page tells what happened, then where the ceremony was."""
    if not SUBJECT_BEFORE.fullmatch(sentence.text[: trigger.start()]):
        return None
    if not TOLD_AS_HELD.match(sentence.text, trigger.end()):
        return None
    whole = ctx.sentence_at(sentence.start) or sentence
    if whole.start < sentence.start:
        before = Sentence(whole.start, sentence.start, ctx.text(whole.start, sentence.start))
    else:
        earlier = [s for s in ctx.sentences if s.end <= sentence.start]
        if (
            not earlier
            or is_section_break(earlier[-1])
            or "\n\n" in ctx.text(earlier[-1].end, sentence.start)
        ):
            return None
        before = earlier[-1]
    days = [
        d for d in ctx.dates_in(before) if d.is_day and not d.dateline and not a_deadline(ctx, d)
    ]
    if len(days) != 1 or trigger_in(ctx, before):
        return None
    return days[0]


def day_of_the_heading_above(ctx: DocumentContext, sentence: Sentence) -> DateMention | None:
    """ "### Dzień 2 – czwartek, 17 października 2024 r." over "**Posiedzenie Zespołu …** ·
    Sala Sesyjna …": the first line under a heading that gives one day and names no meeting of
    its own is on that day."""
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    if not before or not is_section_break(before[-1]) or trigger_in(ctx, before[-1]):
        return None
    days = [d for d in ctx.dates_in(before[-1]) if d.is_day and not d.dateline]
    return days[0] if len(days) == 1 else None


def city_of_the_heading_above(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "## Zespół … obradował w Rzeszowie" over "W dniach 21–22 marca przedstawiciele … spotkali
    się w stolicy Podkarpacia": the first paragraph under a heading that places a meeting in
    one city ("w"/"we" + the city) is about a meeting there."""
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    heading = next((s for s in reversed(before) if is_section_break(s)), None)
    if heading is None or any(
        "\n\n" in ctx.text(s.end, n.start)
        for s, n in itertools.pairwise([s for s in before if s.start >= heading.start] + [sentence])
        if s is not heading
    ):
        return None
    placed = {
        c.iri
        for c in ctx.mentions_in(heading, "city")
        if preceded_by(ctx.doc.text, c.start, r"\b(?:[Ww]e?|[Ii]n)")
    }
    return placed.pop() if len(placed) == 1 and trigger_in(ctx, heading) else None


def a_deadline(ctx: DocumentContext, day: DateMention) -> bool:
    before = ctx.text(max(0, day.start - 12), day.start)
    return (
        day.first == day.last
        and bool(re.search(r"(?i)(?<!od )\b(?:do|until|by)\s*(?:[–-]\s*)?(?:dnia\s+)?$", before))
        and not re.search(
            r"(?i)\bod\s+\S+\s+\S*\s*do\s*$", ctx.text(max(0, day.start - 30), day.start)
        )
    ) or a_point_of_reference(ctx, day)


# "osoby, które przybyły po 24 lutego 2022 roku", "sprzed 1 września", "since 24 February":
# a day things are counted from or up to is no event's day
REFERENCE_POINT = re.compile(r"(?i)\b(?:po|przed|sprzed|after|before|since)\s*$")


def a_point_of_reference(ctx: DocumentContext, day: DateMention) -> bool:
    before = ctx.text(max(0, day.start - 10), day.start)
    return day.first == day.last and REFERENCE_POINT.search(before) is not None


def within_days(day: DateMention, span: DateMention) -> bool:
    if not all(isinstance(d, dt.date) for d in (day.first, day.last, span.first, span.last)):
        return False
    return span.first <= day.first and day.last <= span.last  # type: ignore[operator]


def detect_events(ctx: DocumentContext) -> None:
    """First pass: create events and assign each sentence to the event whose context it is in."""
    current: Event | None = None
    told: Event | None = None  # the last event whose account the page gave
    for sentence in ctx.sentences:
        if any(a <= sentence.start and sentence.end <= b for a, b in ctx.furniture):
            continue  # "20 marca 2024 · Autorka · Kategorie: Szkolenia" tells of no training
        for clause in clauses(sentence):
            event = event_in(ctx, clause, current)
            if event is not None and titles_the_event_told(ctx, clause, event, current):
                # "… met in Brussels on 21 February. The conference “Cities that welcome” was
                # co-organised by …": the title names the meeting just told
                assert current is not None
                give_the_title(ctx, event, current)
                current.context.append(clause)
                continue
            if (
                event is not None
                and event.city is None
                and event.first is None
                and not opens_its_clause(ctx, clause)
            ):
                # An event named in passing by its title only ("po kongresie „…”"): the
                # clause is about it, the sentences after it are not (unless it opens the
                # clause, as an item's heading: "- **Debata „…”** … Organizują ją …").
                event.context.append(clause)
                event = None
            if event is not None and another_of_the_series(clause, told, event):
                # "… – poprzednie posiedzenie odbyło się w czerwcu w Lublinie": the clause is
                # about that meeting; the sentences after it go on about the page's own (also
                # after a sentence of background that ended its account)
                event.context.append(clause)
                event, current = None, told
                continue
            if event is not None:
                current = told = event
            elif (
                current is not None
                and current.kind == "Meeting"
                and names_the_teams_meeting(ctx, clause)
            ):
                # "Szczecin przyjmie przedstawicieli metropolii … Udział w spotkaniu Zespołu
                # UMP … potwierdziło jedenaście miast": the meeting told is the Team's
                becomes_the_teams(ctx, current, clause)
            elif (
                (
                    is_section_break(clause)
                    and not ROSTER_HEADING.search(clause.text)
                    and not PROGRAMME_HEADING.match(clause.text)
                    and not a_day_of(ctx, clause, current)
                    and not account_goes_on(ctx, clause, current)
                )
                or (current is not None and other_time(ctx, clause, current))
                or (current is not None and held_elsewhere(ctx, clause, current))
                or (current is not None and next_item(ctx, clause, current))
                or (current is not None and next_row(clause, current))
            ):
                current = None
            if current is not None:
                current.context.append(clause)
    undated_named_again(ctx)


def opens_its_clause(ctx: DocumentContext, clause: Sentence) -> bool:
    """ "- **Debata „Polskie miasta …”** (…)": the event word opens the clause (after list marks
    and emphasis only), so what follows tells of that event."""
    trigger = trigger_in(ctx, clause)
    return (
        trigger is not None
        and re.fullmatch(r"[\s\-*•#\d.)]*", ctx.text(clause.start, clause.start + trigger.start()))
        is not None
    )


def titles_the_event_told(
    ctx: DocumentContext, clause: Sentence, event: Event, current: Event | None
) -> bool:
    """Whether a titled event without a day or a city, opening the sentence right after a dated
    event's ("The conference “…” was co-organised by …"), is that event named by its title."""
    if current is None or current.first is None or event is current or event.title is None:
        return False
    if event.city is not None or event.first is not None or not current.context:
        return False
    trigger = trigger_in(ctx, clause)
    return (
        trigger is not None
        and re.fullmatch(
            r"[\W]*(?:(?:The|This|Ta|Ten|To)\s+)?(?:\w+\s+)?", clause.text[: trigger.start()]
        )
        is not None
        and current.context[-1].end <= clause.start
        # the next sentence (a paragraph break between, no heading)
        and not any(current.context[-1].end <= s.start < clause.start for s in ctx.sentences)
    )


def give_the_title(ctx: DocumentContext, titled: Event, event: Event) -> None:
    """The titled event is the event told: its name and facts go to it."""
    ctx.events.remove(titled)
    ctx.entities.pop(titled.iri, None)
    ctx.rename({titled.iri: event.iri})
    event.title = titled.title


# "poprzednie posiedzenie", "kolejnym spotkaniu", "the previous meeting": another meeting of
# the same series than the one being told
SERIES_NEIGHBOUR = re.compile(
    r"(?i)\b(?:poprzedni\w*|wcześniejsz\w*|kolejn\w*|następn\w*|previous|next|following)\s+"
    r"(?:\w+\s+)?(?:posiedze\w*|spotka\w*|obrad\w*|zebra\w*|meetings?|sessions?)\b"
)


def another_of_the_series(clause: Sentence, told: Event | None, event: Event) -> bool:
    """Whether the clause names the previous or the next meeting in the account of another."""
    return told is not None and event is not told and bool(SERIES_NEIGHBOUR.search(clause.text))


# "## Program", "**Agenda**", "### Programme of the conference": the programme of the event
# being described, not another section (a programme's own name, "Program Otwarty Kraków",
# goes on with more words).
PROGRAMME_HEADING = re.compile(
    r"(?i)^\W*(?:program(?:me)?|agenda|harmonogram|porządek\s+obrad|plan\s+(?:spotkania|"
    r"konferencji|wizyty))(?:\s+(?:konferencji|spotkania|posiedzenia|wizyty|warsztatów|"
    r"wydarzenia|obrad|of\s+the\s+\w+))?\W*$"
)


# "- 10:30 – Miasta wobec uchodźców z Ukrainy", "| 9.00–10.30 | Panel I …": an item of a timed
# programme ("12.05 – …" alone is a day in a list of news).
TIMED_ITEM = re.compile(
    r"^[\s*•|-]*(?:\d{1,2}:\d{2}|\d{1,2}\.\d{2}\s*[–—-]\s*\d{1,2}[:.]\d{2})(?!\d)"
)


# "- 10.15 – Lucyna Gajda, …": an hour written with a dot, alone. "12.05 – …" may be a day too,
# so the list tells: an hour's minutes go past 12, a month does not ("10.45", "9.40").
DOTTED_HOUR = re.compile(r"^[\s*•|-]*(?P<hour>\d{1,2})\.(?P<minute>\d{2})\s*[–—-]\s")


def opens_at_an_hour(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence opens with the hour of a programme's item: "10:30 – …", "9.00–10.30
    …", or "10.15 – …" in a list whose openers are all hours and one at least cannot be a day."""
    text = re.sub(r"\*\*", "", sentence.text)
    if TIMED_ITEM.match(text):
        return True
    if DOTTED_HOUR.match(text) is None:
        return False
    openers = [DOTTED_HOUR.match(re.sub(r"\*\*", "", line)) for line in list_lines(ctx, sentence)]
    hours = [(int(m["hour"]), int(m["minute"])) for m in openers if m is not None]
    return all(h < 24 and m < 60 for h, m in hours) and any(m > 12 for _, m in hours)


def list_lines(ctx: DocumentContext, sentence: Sentence) -> list[str]:
    """The lines of the bulleted list the sentence's line stands in (nested items included)."""
    lines = ctx.doc.text.split("\n")
    at = ctx.doc.text.count("\n", 0, sentence.start)
    first, last = at, at
    while first > 0 and BULLET.match(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and BULLET.match(lines[last + 1]):
        last += 1
    return lines[first : last + 1] if BULLET.match(lines[at]) else [lines[at]]


def programme_item(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence is an item of the event's programme: a line opened by its hour, or a
    list item under a programme heading ("## Program spotkania"). What the items are on is what
    the event is on."""
    if opens_at_an_hour(ctx, sentence):
        return True
    if not in_item(ctx, sentence):
        return False
    for above in reversed(ctx.sentences):
        if above.end > sentence.start or not is_section_break(above):
            continue
        if PROGRAMME_HEADING.match(above.text):
            return True
        if above.text.startswith("#"):
            return False  # another section; a bold line may be a programme's day
    return False


def undated_named_again(ctx: DocumentContext) -> None:
    """A headline "Zespół UMP obradował w Rzeszowie" above "14 i 15 września w Rzeszowie
    obradował Zespół …": an undated event of the kind and city of the one event the page dates
    there is that event, named before its date was given."""
    renamed = {}
    for event in list(ctx.events):
        if event.first is None and event.city is None and event.title is not None:
            # "# Seminarium „X”" over a fact sheet of its day: the titled event is the dated one
            titled = [
                e
                for e in ctx.events
                if e.first is not None and e.title and e.title[0] == event.title[0]
            ] or the_one_dated_untitled(ctx, event)
            if len(titled) == 1:
                titled[0].context[:0] = [s for s in event.context if s not in titled[0].context]
                ctx.events.remove(event)
                ctx.entities.pop(event.iri, None)
                renamed[event.iri] = titled[0].iri
                if titled[0].title is None:
                    give_the_name(ctx, titled[0], *event.title)
            continue
        if event.first is not None or event.city is None or event.title is not None:
            continue
        dated = [
            e
            for e in ctx.events
            if e.first is not None
            and e.city == event.city
            and same_kind(e.kind, event.kind)
            and event.year in (None, e.year)  # "the training in Wrocław, May 2024" is another
        ]
        if len(dated) != 1:
            continue
        target = dated[0]
        target.context[:0] = [s for s in event.context if s not in target.context]
        ctx.events.remove(event)
        ctx.entities.pop(event.iri, None)  # the dated event keeps its own label
        if event.kind == "TeamMeeting" and target.kind == "Meeting":
            # "## Zespół … obradował w Lublinie" over "W dniach … w Lublinie spotkali się
            # przedstawiciele …": the headline says whose meeting it was
            becomes_the_teams(ctx, target, event.sentence)
        renamed[event.iri] = target.iri
    ctx.rename(renamed)


def the_one_dated_untitled(ctx: DocumentContext, event: Event) -> list[Event]:
    """ "… zapraszają na konferencję „Integracja cudzoziemców w Polsce”" over "**Termin:** 20
    listopada 2013 r.": a titled event told without its day, on a page that dates one event of
    its kind and names it no title, is that event; not where that one is told as another
    ("Druga debata zaplanowana jest na piątek")."""
    dated = [e for e in ctx.events if e.first is not None and same_kind(e.kind, event.kind)]
    if (
        len(dated) == 1
        and dated[0].title is None
        and event.year in (None, dated[0].year)
        and not ANOTHER_ONE.match(ctx.text(dated[0].sentence.start, dated[0].sentence.end))
    ):
        return dated
    return []


# "Druga debata …", "Kolejne spotkanie …", "Następna konferencja …": another event of the kind
ANOTHER_ONE = re.compile(
    r"(?i)^[\s*_#-]*(?:drug|trzec|czwart|piąt|kolejn|następn|inn)(?:a|i|e|y|ie|ego|ej)\s"
)


def becomes_the_teams(ctx: DocumentContext, event: Event, sentence: Sentence) -> None:
    """A meeting the page then names as the Team's is a meeting of the Team."""
    event.kind = "TeamMeeting"
    if event.iri in ctx.entities:
        ctx.entities[event.iri] = replace(ctx.entities[event.iri], cls=UMP + "TeamMeeting")
    if ctx.reference.team:
        ctx.fact(event.iri, "meetingOf", ctx.reference.team, sentence)


def names_the_teams_meeting(ctx: DocumentContext, clause: Sentence) -> bool:
    """ "Udział w spotkaniu Zespołu Unii Metropolii Polskich … potwierdziło jedenaście miast":
    the clause's meeting word is the Team's."""
    trigger = trigger_in(ctx, clause)
    return trigger is not None and kind_of(ctx, clause, trigger) == "TeamMeeting"


def same_kind(one: str, other: str) -> bool:
    """Of one kind, a meeting of the Team being a meeting too."""
    return one == other or {one, other} == {"Meeting", "TeamMeeting"}


def account_goes_on(ctx: DocumentContext, heading: Sentence, event: Event | None) -> bool:
    """A report of one meeting under subheadings ("## Szkoła na pierwszym planie", "## Partnerzy
    przy stole"): on a page that has dated one event so far, a heading without a date of its own
    goes on with that event's account."""
    return (
        event is not None
        and event.first is not None
        and [e for e in ctx.events if e.first is not None] == [event]
        and all(e.city == event.city for e in ctx.events)
        and not ctx.dates_in(heading)
    )


def a_day_of(ctx: DocumentContext, heading: Sentence, event: Event | None) -> bool:
    """ "**Program – 5 czerwca (środa)**" under a conference of 5–6 June: a heading that names
    a day of the event opens its programme, not another section."""
    span = days_of(event) if event is not None else None
    if span is None:
        return False
    days = [d for d in ctx.dates_in(heading) if isinstance(d.first, dt.date)]
    return bool(days) and all(span.first <= d.first <= span.last for d in days)  # type: ignore[operator]


def next_item(ctx: DocumentContext, sentence: Sentence, event: Event) -> bool:
    """In a list of news items, each item its own event ("- 7–8 marca we Wrocławiu …", "- 13
    marca …"), the next item is not about the last one's event; items under an event's
    sentence ("Członkowie Zespołu:" and a list) are."""
    return (
        opens_item(ctx, sentence)
        and in_item(ctx, event.sentence)
        # ("- **Training …** … Topics:" over "  - civic and political integration;": an item
        # indented under the event's item is part of it)
        and indent_of(ctx, sentence.start) <= indent_of(ctx, event.sentence.start)
        and not fields_of_one_sheet(ctx, event.sentence, sentence)
    )


def fields_of_one_sheet(ctx: DocumentContext, date_line: Sentence, item: Sentence) -> bool:
    """ "1. **Termin spotkania:** 19 marca 2013 r." then "2. **Miejsce:** …", "3. **Uczestnicy:**":
    a protocol's numbered fields after its date field tell of the one meeting it records."""
    label = field_label(ctx, date_line)
    return (
        label is not None and DATE_FIELD.match(label) is not None and bool(field_label(ctx, item))
    )


def indent_of(ctx: DocumentContext, position: int) -> int:
    """How far the line that holds the position is indented."""
    line_start = ctx.doc.text.rfind("\n", 0, position) + 1
    line = ctx.doc.text[line_start:position]
    return len(line) - len(line.lstrip(" \t"))


def next_row(sentence: Sentence, event: Event) -> bool:
    """In a table of events, a row is its own event: the next row is not about the last one's
    ("| 20.06.2021 | Piknik … | … | współorganizator (ze Stowarzyszeniem …) |")."""
    return sentence.text.lstrip().startswith("|") and event.sentence.text.lstrip().startswith("|")


def clauses(sentence: Sentence) -> list[Sentence]:
    """A sentence split at semicolons: "…training in Lublin in 2023; anti-rumours training in
    Wrocław, 28–29 May 2024" speaks of two events, each with its own city and date."""
    if sentence.text.lstrip().startswith("|"):
        return [sentence]  # a table row's cells may hold semicolons; the row is one meeting
    parts, start = [], 0
    for match in re.finditer(r";\s*", sentence.text):
        parts.append((start, match.start()))
        start = match.end()
    parts.append((start, len(sentence.text)))
    return [
        Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b])
        for a, b in parts
        if sentence.text[a:b].strip()
    ]


def other_time(ctx: DocumentContext, sentence: Sentence, event: Event) -> bool:
    """A sentence that opens with another year ('W 2019 roku …' after a 2017 meeting) is not
    about it; a year further in ("The group, set up after the declaration of June 2017, meets
    …") is background, and the event's account goes on."""
    if sentence.text.lstrip().startswith(("–", "—", "„", '"')):
        return False  # "– Od lutego 2022 roku samorządy …": a speaker's words, in the account
    years = {d.year for d in ctx.dates_in(sentence) if d.year and d.start - sentence.start <= 20}
    return bool(years) and event.year is not None and event.year not in years


# "will be held in", "took place in", "odbędzie się we", "odbyło się w": where something is held
HELD_IN = re.compile(
    r"(?i)\b(?:(?:will\s+be|was|were|is|are|be)\s+held|t(?:ake|akes|ook)\s+place|"
    r"odb(?:ędzie|ędą|ył\w*|ywa|ywają)\s+się)\s+(?:\S+\s+){0,3}?(?:in|w|we)\s+$"
)


def held_elsewhere(ctx: DocumentContext, sentence: Sentence, event: Event) -> bool:
    """ "A third, for officials from Bydgoszcz and Wrocław, will be held in Wrocław later this
    year" after a workshop in Lublin: a sentence that holds something in another city is not
    about the event (the cities it names did not come to it)."""
    if event.city is None:
        return False
    return any(
        city.iri != event.city
        and HELD_IN.search(ctx.text(max(sentence.start, city.start - 60), city.start))
        for city in ctx.mentions_in(sentence, "city")
    )


def table_intro(ctx: DocumentContext, row: Sentence) -> Sentence | None:
    """The sentence a table follows ("Poniżej zestawienie posiedzeń Zespołu …:")."""
    before = [
        s for s in ctx.sentences if s.end <= row.start and not s.text.lstrip().startswith("|")
    ]
    return before[-1] if before else None


def event_in_table_row(ctx: DocumentContext, row: Sentence) -> Event | None:
    """A row of a table of meetings ("| 3. | Rzeszów | 9–10.03.2022 | … |") is a meeting in the
    row's city (written in the nominative, as tables do) on the row's date, of the kind the
    table's introduction names."""
    intro = table_intro(ctx, row)
    trigger = trigger_in(ctx, intro) if intro is not None else None
    date = day_date(ctx, row)
    own = trigger_in(ctx, row)  # (not a word inside a venue's name: "| … Congress Centre |")
    if intro is None or (trigger is None and own is None) or date is None:
        return None
    city = next((c.iri for c in ctx.mentions_in(row, "city")), None)
    # ("| 26 stycznia 2021 | zdalnie, na platformie Microsoft Teams |": a meeting held online
    # is in no city, not in the page's)
    online = city is None and ONLINE.search(row.text) is not None
    if not online:
        city = city or city_of_a_rows_place(ctx, row)
    if city is None and not online:
        return None
    kind = (
        "Conference"
        if trigger is not None and CONFERENCE.match(trigger.group(1))
        else ("TeamMeeting" if team_named_above(ctx, intro) else "Meeting")
    )
    if own is not None and (
        trigger is None or CONFERENCE.match(own.group(1)) or OTHER_EVENT.search(own.group(1))
    ):
        # "| 23 November 2023 | Final conference … | Gdańsk |", "| … | Study visit … |" in a
        # project's table of events (under "## Wydarzenia"): the row's own word says what it
        # was (the Team's only if the row names the Team)
        kind = kind_of(ctx, row, own)
    event = make_event(ctx, row, kind, city, date, online)
    told = the_same_told_before(ctx, event, row)
    if told is not None:
        return told
    describe_by_columns(ctx, event, row)
    body = body_meeting_over_the_table(ctx, row)
    if body is not None and event.kind != "TeamMeeting":
        ctx.fact(event.iri, "organiser", body.iri, row)
    if own is not None:
        named_after_trigger(ctx, event, row, own)  # "| Final conference "Cities that Welcome" |"
    return event


def body_meeting_over_the_table(ctx: DocumentContext, row: Sentence) -> Mention | None:
    """ "Harmonogram posiedzeń Zespołu Interdyscyplinarnego ds. … w 2019 roku." in the paragraph
    over a table of meetings: each row is a meeting of the body named right after the meeting
    word (its genitive), whichever sentence of the paragraph names it."""
    # (the blank line right before the table, then the one before the paragraph over it)
    paragraph_start = ctx.doc.text.rfind("\n\n", 0, row.start)
    paragraph_start = ctx.doc.text.rfind("\n\n", 0, max(paragraph_start, 0))
    over = [
        s
        for s in ctx.sentences
        if paragraph_start < s.start and s.end <= row.start and not s.text.lstrip().startswith("|")
    ]
    for sentence in over:
        for trigger in TRIGGER.finditer(sentence.text):
            end = sentence.start + trigger.end()
            body = next(
                (
                    b
                    for b in ctx.mentions_in(sentence, "org", "office", "unit")
                    if b.start >= end and re.fullmatch(r"\s+", ctx.text(end, b.start))
                ),
                None,
            )
            if body is not None:
                return body
    return None


def city_of_a_rows_place(ctx: DocumentContext, row: Sentence) -> str | None:
    """ "| 6–7.10.2021 | Posiedzenie Zespołu … | Urząd Miasta Szczecin, Sala Sesyjna |": a row
    that names no city is in the city of the office its place column names, else (a venue
    only, "| Willa Lentza |") in the one city of the page (its title's, its dateline's or its
    publishing office's)."""
    place = column_cell(ctx, row, PLACE_COLUMN)
    if place is None:
        return None
    offices = {
        ctx.reference.city_of_office[m.iri]
        for m in ctx.mentions_in(place, "office", "org")
        if m.iri in ctx.reference.city_of_office
    }
    if len(offices) == 1:
        return offices.pop()
    return city_of_title(ctx) or city_of_the_dateline(ctx) or city_of_the_publisher(ctx)


# "Szczecin, 20 czerwca 2022 r.": a line of a city and the day the page was written.
DATELINE_CITY = re.compile(r"^\s*(?P<city>[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+(?:\s[A-ZŁŚŻŹĆŃÓĘĄ][\w-]+)?),\s")


def city_of_the_pages_days(ctx: DocumentContext, date: DateMention) -> str | None:
    """ "# Local Trends" over "**17–18 października 2022, Poznań** · forumIdei": the line under
    a page's headline that gives only a span of days and a city says where the page's event
    is; a session or a debate on one of those days is held there."""
    headline = re.search(r"(?m)^# .*$\n+(?P<line>.+)$", ctx.doc.text)
    if headline is None or not isinstance(date.first, dt.date):
        return None
    line_start, line_end = headline.span("line")
    line = Sentence(line_start, line_end, ctx.text(line_start, line_end))
    days = [d for d in ctx.dates_in(line) if d.is_day]
    cities = ctx.mentions_in(line, "city")
    if len(days) != 1 or len(cities) != 1 or not within_days(date, days[0]):
        return None
    between = ctx.text(line_start, days[0].start) + ctx.text(days[0].end, cities[0].start)
    rest = ctx.text(cities[0].end, line_end)
    if re.fullmatch(r"[\s*_]*(?:r\.|roku)?[\s,*_]*", between) and re.fullmatch(
        r"[\s*_]*(?:·.*)?", rest
    ):
        return cities[0].iri
    return None


def city_of_the_dateline(ctx: DocumentContext) -> str | None:
    for date in ctx.dates:
        line_start = ctx.doc.text.rfind("\n", 0, date.start) + 1
        line_end = ctx.doc.text.find("\n", date.end)
        line = ctx.doc.text[line_start : line_end if line_end >= 0 else len(ctx.doc.text)]
        match = DATELINE_CITY.match(line)
        if match is None or line_start + match.end() != date.start:
            continue
        city = [
            m.iri
            for m in ctx.mentions
            if m.kind == "city" and m.start == line_start + match.start("city")
        ]
        if city and re.fullmatch(
            r"[\s.]*(?:r\.|roku)?[\s.]*", ctx.doc.text[date.end : line_start + len(line)]
        ):
            return city[0]
    return None


# A fact sheet's fields: "**Termin:** 18–19.04.2023 r.", "Miejsce: Łódź, …", "Date: 5 May",
# and a protocol's numbered ones: "1. **Termin spotkania:** 19 marca 2013 r.", "2) Miejsce: …".
FIELD = re.compile(
    r"^[\s*_]*(?:(?:\d{1,2}[.)]|[-–•])[\s*_]+)?(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+)?)[\s*_]*:"
)
DATE_FIELD = re.compile(
    r"(?i)^(?:termin|data|kiedy|date|when)(?:\s+(?:spotkania|posiedzenia|konferencji|"
    r"wydarzenia|warsztatów|szkolenia|obrad|wizyty))?$"
)
PLACE_FIELD = re.compile(
    r"(?i)^(?:miejsce|gdzie|lokalizacja|place|venue|where|location)(?:\s+\w+)?$"
)


def field_label(ctx: DocumentContext, line: Sentence) -> str | None:
    """The label of a fact sheet's line ("Termin" of "**Termin:** 18–19.04.2023 r.")."""
    match = FIELD.match(ctx.text(line.start, line.end))
    return match.group("label") if match else None


def event_of_a_fact_sheet(ctx: DocumentContext, line: Sentence) -> Event | None:
    """ "# NOTATKA ZE SPOTKANIA" over "**Termin:** 18–19.04.2023 r." and "**Miejsce:** Łódź – …":
    a heading that names an event, over a fact sheet whose date field gives its days, is that
    event, in the city the sheet's place field (else the heading, else the page's title) names."""
    label = field_label(ctx, line)
    if label is None or not DATE_FIELD.match(label):
        return None
    date = day_date(ctx, line)
    if date is None:
        return None
    before = [s for s in ctx.sentences if s.end <= line.start]
    sheet = [line]
    while before and field_label(ctx, before[-1]) is not None:
        sheet.insert(0, before.pop())
    heading = before[-1] if before else None
    trigger = trigger_in(ctx, heading) if heading is not None else None
    if heading is None or trigger is None or not is_section_break(heading):
        # "# Seminarium „…”", a paragraph of invitation, then "**Termin:** 14 listopada": the
        # sheet of a page whose headline names one event is that event's
        heading = first_heading(ctx, line)
        trigger = trigger_in(ctx, heading) if heading is not None else None
    if heading is None or trigger is None:
        # "## Zaproszenie na konferencję online „…”", a paragraph of invitation, then
        # "- **Termin:** 20 grudnia 2023 r.": the sheet of the section whose heading names one
        # event is that event's, whatever sections stand above it
        heading = section_heading_above(ctx, line)
        trigger = trigger_in(ctx, heading) if heading is not None else None
    if heading is None or trigger is None:
        # "Zapraszamy na spotkanie …" or "The meeting will be interpreted …", then "- Data: 27
        # listopada 2019": under a heading that names no event, the sheet is the event the
        # paragraph right before it invites to
        invitation = invitation_above(ctx, sheet[0])
        if invitation is None:
            return None
        heading, trigger = invitation
    after = [s for s in ctx.sentences if s.start >= line.end]
    for following in after:
        if field_label(ctx, following) is None:
            break
        sheet.append(following)
    places = [s for s in sheet if PLACE_FIELD.match(field_label(ctx, s) or "")]
    cities = [m.iri for s in places for m in ctx.mentions_in(s, "city")] or [
        # "Miejsce: siedziba Urzędu Miasta Lublin": the city of the office it is held in
        ctx.reference.city_of_office[m.iri]
        for s in places
        for m in ctx.mentions_in(s, "office")
        if m.iri in ctx.reference.city_of_office
    ]
    located = locative_city(ctx, heading, trigger)
    city = cities[0] if cities else (located.iri if located else city_of_title(ctx))
    kind = kind_of(ctx, heading, trigger)
    if kind == "Meeting" and team_named_above(ctx, heading):
        kind = "TeamMeeting"  # "UNIA METROPOLII POLSKICH / Zespół ds. Migracji" over the heading
    event = make_event(ctx, line, kind, city, date)
    told = the_same_told_before(ctx, event, line)
    if told is not None:
        return told
    named_after_trigger(ctx, event, heading, trigger)  # "# Warsztaty „Urząd bez barier”"
    topic = next((s for s in sheet if TOPIC_FIELD.match(field_label(ctx, s) or "")), None)
    if event.title is None and topic is not None:
        named_by_its_topic(ctx, event, topic)
    for place in places:
        venue_of(ctx, event, place)
    return event


# A sheet's field that names the event: "Temat: „Lublin dla wszystkich”", "Topic: …"
TOPIC_FIELD = re.compile(r"(?i)^(?:temat|tytuł|nazwa|topic|title)(?:\s+\w+)?$")
QUOTES_AROUND = re.compile(r"^[\s*_]*[„\"“']+(?P<name>[^„”\"“']{3,150})[”\"“']+[\s*_.]*$")


def named_by_its_topic(ctx: DocumentContext, event: Event, topic: Sentence) -> None:
    """ "- Topic: "Lublin for All: foreigners in the city"": the quoted value of a sheet's topic
    field is the event's own name (an unquoted one may be a theme, no name)."""
    value = ctx.text(topic.start, topic.end).split(":", 1)[1]
    quoted = QUOTES_AROUND.match(value)
    if quoted:
        give_the_name(ctx, event, quoted.group("name").strip(), topic)


def invitation_above(
    ctx: DocumentContext, first_field: Sentence
) -> tuple[Sentence, re.Match[str]] | None:
    """The sentence nearest above a fact sheet, in the paragraph right before it, that names
    an event ("Zapraszamy na spotkanie …"); none across a heading or a second blank line."""
    before = [s for s in ctx.sentences if s.end <= first_field.start]
    following = first_field
    while before:
        sentence = before.pop()
        gap = ctx.text(sentence.end, following.start)
        if is_section_break(sentence) or gap.count("\n") > 2:
            return None
        if "\n\n" in gap and following is not first_field:
            return None  # (the paragraph right before the sheet only)
        trigger = trigger_in(ctx, sentence)
        if trigger is not None:
            return sentence, trigger
        following = sentence
    return None


def section_heading_above(ctx: DocumentContext, line: Sentence) -> Sentence | None:
    """The nearest heading ("## …") above the line, the heading of the line's section."""
    headings = [s for s in ctx.sentences if s.end <= line.start and s.text.startswith("#")]
    return headings[-1] if headings else None


def first_heading(ctx: DocumentContext, line: Sentence) -> Sentence | None:
    """The page's headline ("# …"), when it is the only heading above the line."""
    headings = [s for s in ctx.sentences if s.end <= line.start and s.text.startswith("#")]
    return headings[0] if len(headings) == 1 and headings[0].text.startswith("# ") else None


# "Odbyło się ono 24 listopada 2016 r. w Gdańsku", "Odbędzie się ono w piątek 17.03.2023 r.",
# "It took place on 5 May in Lublin": a sentence that says when and where "it" was (or will be)
# held, of the event the sentence before named.
HELD_IT = re.compile(
    r"(?i)\b(?:(?:odbył[oaiy]?|odbędzie|odbędą|odbywa(?:ją)?)\s+się\s+on[oaiey]?\b|"
    r"on[oaiey]?\s+(?:odbył[oaiy]?|odbędzie|odbędą|odbywa(?:ją)?)\s+się\b|"
    r"(?:it|this)\s+(?:was\s+held|took\s+place|will\s+(?:be\s+held|take\s+place))\b)"
)


def with_the_sentence_it_refers_to(ctx: DocumentContext, sentence: Sentence) -> Sentence | None:
    """ "… zaczęła się od nieformalnego spotkania zwołanego z inicjatywy prezydenta Gdańska.
    Odbyło się ono 24 listopada 2016 r. w Europejskim Centrum Solidarności w Gdańsku": the two
    sentences read as one, the meeting word from the first, its day and city from the second."""
    if not HELD_IT.search(sentence.text) or trigger_in(ctx, sentence) is not None:
        return None
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    if not before or "\n\n" in ctx.text(before[-1].end, sentence.start):
        return None
    previous = before[-1]
    if trigger_in(ctx, previous) is None or ctx.dates_in(previous):
        return None
    return Sentence(previous.start, sentence.end, ctx.doc.text[previous.start : sentence.end])


def team_named_above(ctx: DocumentContext, intro: Sentence) -> bool:
    """The table's introduction, the sentence before it or the section's heading names the
    Team ("## Udział w pracach Zespołu UMP …" over "Poniżej zestawienie spotkań …")."""
    before = [s for s in ctx.sentences if s.end <= intro.start]
    heading = next((s for s in reversed(before) if is_section_break(s)), None)
    # the page's own first heading too ("# Zespół UMP ds. Migracji i Integracji – podsumowanie")
    first = next((s for s in before if is_section_break(s)), None)
    nearby = [intro, *before[-1:], *([heading] if heading else []), *([first] if first else [])]
    return any(ctx.mentions_in(s, "team") for s in nearby)


# Columns by their header: the topic, the host and the place of each row's meeting.
TOPIC_COLUMN = re.compile(r"(?i)temat|topic|subject")
HOST_COLUMN = re.compile(r"(?i)gospodar|goszcz|organizator|organi[sz]er|host")
PLACE_COLUMN = re.compile(r"(?i)miejsce|lokalizacja|venue|place")
# "| Goście |", "| Prelegenci |", "| Speakers |": who came to the row's meeting
GUEST_COLUMN = re.compile(
    r"(?i)go[śs]ci|uczestni|prelegen|eksper|zaproszen|guests?|speakers?|participants?"
)


def cells(ctx: DocumentContext, row: Sentence) -> list[Sentence]:
    """A table row's cells, as spans of the page (trimmed; the outer bars dropped)."""
    found, start = [], row.start
    for match in re.finditer(r"\|", row.text):
        end = row.start + match.start()
        text = ctx.text(start, end)
        if text.strip() and start > row.start:
            offset = start + (len(text) - len(text.lstrip()))
            found.append(Sentence(offset, offset + len(text.strip()), text.strip()))
        start = row.start + match.end()
    return found


def header_of(ctx: DocumentContext, row: Sentence) -> Sentence | None:
    rows = [s for s in ctx.sentences if s.end <= row.start]
    header = None
    for s in reversed(rows):
        if not s.text.lstrip().startswith("|"):
            break
        header = s
    return header


def describe_by_columns(ctx: DocumentContext, event: Event, row: Sentence) -> None:
    header = header_of(ctx, row)
    if header is None:
        return
    titles = [c.text for c in cells(ctx, header)]
    for title, cell in zip(titles, cells(ctx, row), strict=False):
        if TOPIC_COLUMN.search(title):
            topic = rdflib.Literal(cell.text, lang=ctx.doc.language)
            ctx.fact(event.iri, "leadingTopic", topic, row)
        elif HOST_COLUMN.search(title) or PLACE_COLUMN.search(title):
            # "| Szczecin, Centrum Dialogu Przełomy |": a named venue, or a centre or hall
            venues = (ctx.mentions_in(cell, "venue") + buildings_named(ctx, cell))[:1]
            if venues and event.city is not None:
                held_at(ctx, event, venues[0], row)
            if HOST_COLUMN.search(title):
                for body in ctx.mentions_in(cell, "org", "office", "unit")[:1]:
                    ctx.fact(event.iri, "organiser", body.iri, row)
        elif GUEST_COLUMN.search(title):
            # "| Marta Oleksiak (UNHCR Polska); przedstawiciele Podkarpackiego Urzędu … |": the
            # people took part, and the bodies named without a person of theirs
            for person in ctx.mentions_in(cell, "person"):
                ctx.fact(event.iri, "participant", person.iri, row)
            for body in bodies_represented(ctx, event, cell):
                ctx.fact(event.iri, "participant", body.iri, row)


def people_in_a_guest_column(ctx: DocumentContext, row: Sentence) -> list[Mention]:
    """ "| 09:30–10:00 | Welcome and opening | Aleksandra Dulkiewicz, Mayor of Gdańsk; … |" in
    an event's programme: the people in its speakers' column take part in it."""
    if not row.text.lstrip().startswith("|"):
        return []
    header = header_of(ctx, row)
    if header is None or header is row:
        return []
    titles = [c.text for c in cells(ctx, header)]
    return [
        person
        for title, cell in zip(titles, cells(ctx, row), strict=False)
        if GUEST_COLUMN.search(title)
        for person in ctx.mentions_in(cell, "person")
    ]


def event_in_list_item(ctx: DocumentContext, item: Sentence) -> Event | None:
    """ "- 12–13.06, Lublin – gościem była Irena Guidikova", "- 20 lutego – Warszawa, Centrum
    Wielokulturowe": an item of a list of meetings that opens with its date and city (in the
    nominative, as lists write them) is a meeting there, of the kind the list's introduction or
    heading names."""
    if not opens_item(ctx, item):
        return None
    days = [d for d in ctx.dates_in(item) if d.is_day and not d.dateline]
    cities = ctx.mentions_in(item, "city")
    titled = BOLD_TITLE_THEN_DAY.match(item.text)
    if titled and days and item.start + titled.end() == days[0].start:
        return titled_item_event(ctx, item, titled.group("title").strip(), days[0])
    if not days:
        return event_in_a_place_and_time_item(ctx, item)
    # "- 30 listopada – 1 grudnia 2021 r. – spotkanie online": an item of the list held online
    online = bool(days) and not cities and ONLINE.search(item.text) is not None
    if not days or not (online or cities):
        return None
    if online and not re.fullmatch(r"[\s*•\d.)–—-]*", ctx.text(item.start, days[0].start)):
        return None
    if not online and not opens_with_date_and_city(ctx, item, days[0], cities[0]):
        # "- 12.05.2023 – warsztaty dla urzędników, Kraków": the item's own event word after its
        # day, and the city closing the item (in the nominative, as a list writes it)
        closing = city_closing_the_item(ctx, item, days[0])
        if closing is None:
            return None
        cities = [closing]
    intro = list_intro(ctx, item)
    trigger = trigger_in(ctx, intro) if intro is not None else None
    if trigger is None:
        # "# Spotkania Zespołu …" over a paragraph, then "**2019**" and its list: the heading
        # names what the items are
        intro = heading_over_the_list(ctx, item)
        trigger = trigger_in(ctx, intro) if intro is not None else None
    own = trigger_in(ctx, item)
    if intro is None or (trigger is None and own is None):
        return None
    if trigger is None and own is not None:
        # "## Activities in cities" over "- **Gdańsk, 9–10 March 2022** – two-day training …":
        # the item's own word says what it was
        kind = kind_of(ctx, item, own)
    else:
        assert trigger is not None
        kind = (
            "Conference"
            if CONFERENCE.match(trigger.group(1))
            else ("TeamMeeting" if team_named_above(ctx, intro) else "Meeting")
        )
    event = make_event(ctx, item, kind, None if online else cities[0].iri, days[0], online)
    told = the_same_told_before(ctx, event, item)
    if told is not None:
        return told
    if online:
        return event
    # "- 29–30.10, Poznań, Sala Błękitna Urzędu Miasta – …": the place after the city.
    after_city = [
        m
        for m in ctx.mentions_in(item, "venue") + buildings_named(ctx, item)
        if re.fullmatch(r"[\s,:–—-]+", ctx.text(cities[0].end, m.start) or "x")
    ]
    if after_city and event.city is not None:
        held_at(ctx, event, after_city[0], item)
    return event


# What an item may hold besides its city and its month or year: "- w Krakowie (październik
# 2013 r.),", "- Lublin, 2014;", "- 2015 – we Wrocławiu."
YEAR_IN_AN_ITEM = re.compile(r"\b((?:19|20)\d\d)(?:\s*r\.|\s+roku)?(?!\d)")
PLACE_AND_TIME_REST = re.compile(r"[\s*•\d.)(,;:–—-]*(?:(?:w|we|in)\s+)?[\s*•.)(,;:–—-]*")


def event_in_a_place_and_time_item(ctx: DocumentContext, item: Sentence) -> Event | None:
    """ "Do tej pory odbyły się cztery fora:" over "- w Krakowie (październik 2013 r.)", "- w
    Lublinie (marzec 2014 r.)": an item that says only a city and a month or a year, in a list
    whose introduction says such events took place, is one of them, held there in that year."""
    cities = ctx.mentions_in(item, "city")
    times = [(d.start, d.end, d.year) for d in ctx.dates_in(item) if d.year and not d.dateline]
    # (a year alone, "- Lublin, 2014;": a list of places and times writes it bare)
    times = times or [
        (item.start + y.start(), item.start + y.end(), int(y.group(1)))
        for y in YEAR_IN_AN_ITEM.finditer(item.text)
    ]
    if len(cities) != 1 or not times:
        return None
    spans = sorted([(cities[0].start, cities[0].end)] + [(t[0], t[1]) for t in times])
    rest, at = [], item.start
    for start, end in spans:
        rest.append(ctx.text(at, start))
        at = max(at, end)
    rest.append(ctx.text(at, item.end))
    if not all(PLACE_AND_TIME_REST.fullmatch(r) for r in rest):
        return None
    intro = list_intro(ctx, item)
    if intro is None or not intro.text.rstrip().endswith(":"):
        return None
    # ("Odbyły się już fora:": the verb may open the sentence)
    trigger = trigger_in(ctx, intro) or TOOK_PLACE.search(intro.text.lower())
    if trigger is None:
        return None
    kind = (
        "Conference"
        if CONFERENCE.match(trigger.group(1))
        else ("TeamMeeting" if team_named_above(ctx, intro) else "Meeting")
    )
    event = make_event(ctx, item, kind, cities[0].iri, None)
    event.year = event.year or times[0][2]
    return the_same_told_before(ctx, event, item) or event


# "- **Forced migration and education** – 6 May 2022, 14:00–16:00 …", "- **Migracje i
# edukacja** – 6 maja 2022": an item that opens with a title in bold, a dash and the day
BOLD_TITLE_THEN_DAY = re.compile(r"[\s*•\d.)–—-]*?\*\*(?P<title>[^*\n]{3,160})\*\*\s*[–—-]\s*")


def titled_item_event(
    ctx: DocumentContext, item: Sentence, title: str, day: DateMention
) -> Event | None:
    """An event of the kind the list's introduction or heading names (or the item's own word,
    "This webinar deals with …"), titled by the item's bold words; held where the item says or
    online."""
    intro = list_intro(ctx, item) or heading_over_the_list(ctx, item)
    whole = rest_of_the_item(ctx, item)
    trigger = next(
        (t for s in (intro, *whole) if s is not None and (t := trigger_in(ctx, s)) is not None),
        None,
    )
    if trigger is None:
        return None
    kind = "Conference" if CONFERENCE.match(trigger.group(1)) else "Meeting"
    said = " ".join(s.text for s in (intro, *whole) if s is not None)
    cities = [
        c
        for s in whole
        for c in ctx.mentions_in(s, "city")
        if preceded_by(ctx.doc.text, c.start, r"\b(?:w|we|in)")
    ]
    online = not cities and ONLINE.search(said) is not None
    city = cities[0].iri if cities else None
    if city is None and not online:
        return None
    event = make_event(ctx, item, kind, city, day, online)
    told = the_same_told_before(ctx, event, item)
    if told is not None:
        return told
    give_the_name(ctx, event, title, item)
    return event


def rest_of_the_item(ctx: DocumentContext, item: Sentence) -> list[Sentence]:
    """The item's sentences, its first one included, up to the next item or paragraph."""
    found = [item]
    for sentence in ctx.sentences:
        if sentence.start < item.end:
            continue
        if opens_item(ctx, sentence) or "\n" in ctx.text(found[-1].end, sentence.start):
            break
        found.append(sentence)
    return found


def city_closing_the_item(ctx: DocumentContext, item: Sentence, day: DateMention) -> Mention | None:
    """The city that ends an item which opens with its day and names its own event: "- 12.05.2023
    – warsztaty dla urzędników, Kraków"."""
    if (
        not re.fullmatch(r"[\s*•\d.)–—-]*", ctx.text(item.start, day.start))
        or trigger_in(ctx, item) is None
    ):
        return None
    last = [c for c in ctx.mentions_in(item, "city") if c.start > day.end][-1:]
    if not last:
        return None
    city = last[0]
    before, after = ctx.text(day.end, city.start), ctx.text(city.end, item.end)
    if not re.search(r"(?:,|\s[–—-])\s*$", before) or not re.fullmatch(r"[\s.;*]*", after):
        return None
    return city if city_in_the_nominative(city.text.split()[-1]) else None


def opens_with_date_and_city(
    ctx: DocumentContext, item: Sentence, day: DateMention, city: Mention
) -> bool:
    """ "- 12–13.06, Lublin – …", "- **Gdańsk, 9–10 March 2022** – …": the item opens with its
    day and its city, in either order, one right after the other."""
    first, second = (day, city) if day.start < city.start else (city, day)
    return bool(
        re.fullmatch(r"[\s*•\d.)–—-]*", ctx.text(item.start, first.start))
        and first.start - item.start <= 8
        and re.fullmatch(r"[\s*,:–—-]+", ctx.text(first.end, second.start) or "x")
    )


def list_intro(ctx: DocumentContext, item: Sentence) -> Sentence | None:
    """The sentence (or heading) a list follows (not a sentence of an earlier list's item)."""
    before = [
        s
        for s in ctx.sentences
        if s.end <= item.start
        and not opens_item(ctx, s)
        and not in_item(ctx, s)
        and not YEAR_HEADING.fullmatch(s.text)
    ]
    return before[-1] if before else None


def heading_over_the_list(ctx: DocumentContext, item: Sentence) -> Sentence | None:
    """The nearest heading above a list that is not a year's ("**2019**")."""
    return next(
        (
            s
            for s in reversed([s for s in ctx.sentences if s.end <= item.start])
            if is_section_break(s) and not YEAR_HEADING.fullmatch(s.text)
        ),
        None,
    )


def event_in(ctx: DocumentContext, sentence: Sentence, current: Event | None) -> Event | None:
    if sentence.text.lstrip().startswith("|"):
        return event_in_table_row(ctx, sentence)
    sheet = event_of_a_fact_sheet(ctx, sentence)
    if sheet is not None:
        return sheet
    told_before = with_the_sentence_it_refers_to(ctx, sentence)
    if told_before is not None:
        return event_in(ctx, told_before, current)
    listed = event_in_list_item(ctx, sentence)
    if listed is not None:
        return listed
    trigger = trigger_in(ctx, sentence)
    if trigger is None:
        return None
    first_word = trigger
    trigger = the_new_event_word(ctx, sentence, trigger, current)
    on_its_day = on_a_day_of(ctx, sentence, trigger, current)
    if on_its_day is not None:
        return on_its_day
    if CANCELLED.search(sentence.text):
        return None  # "Zaplanowana na 12 maja konferencja nie odbędzie się", "was cancelled"
    if PLANNED.search(sentence.text) or moved_later(ctx, sentence):
        # "miało się odbyć 26–27 marca w Rzeszowie … ostatecznie odbyło się 8 października, w
        # formule zdalnej", "zaplanowane na 12 marca w Poznaniu zostało przeniesione na 20
        # marca do Wrocławia": a plan's date and city do not stand; what finally happened does
        return as_it_finally_was(ctx, sentence, trigger)
    if meetings_in_general(ctx, sentence, trigger) or an_example_of_what_may_be(
        ctx, sentence, trigger
    ):
        return None
    city = locative_city(ctx, sentence, trigger) or hosting_city(ctx, sentence, trigger)
    if city is None:
        trigger, city = adjective_placed_trigger(ctx, sentence, trigger)
    if city is None:
        city = city_adjective_of_a_place(ctx, sentence, trigger)
    if city is None and trigger.re is ADOPTED:
        city = town_of_the_councillors(ctx, sentence, trigger)
    if city is None and trigger is not first_word and current is not None and current.city:
        # "Konferencję poprzedzi … posiedzenie Zespołu": told by the event it goes with, it is
        # where that event is
        at = sentence.start + first_word.start()
        city = Mention(
            at, sentence.start + first_word.end(), first_word.group(0), current.city, "city"
        )
    same_place = SAME_PLACE.search(sentence.text)
    if city is None and same_place and current is not None and current.city:
        # "W środę 18 maja w tym samym miejscu odbyło się seminarium": where the last one was
        at = sentence.start + same_place.start()
        city = Mention(
            at, sentence.start + same_place.end(), same_place.group(0), current.city, "city"
        )
        made = event_in_place_of(ctx, sentence, trigger, city, current)
        if made is not None:
            return made
    if city is None:
        return event_without_city(ctx, sentence, trigger)
    date = (
        day_date(ctx, sentence, trigger)
        or day_of_the_heading_above(ctx, sentence)
        or day_of_what_was_told(ctx, sentence, trigger)
    )
    another = current is not None and of_another_month(ctx, sentence, current)
    if (
        date is None
        and (current is not None or any(e.first is not None for e in ctx.events))
        and re.search(r"\b[Tt]he\s+$", sentence.text[: trigger.start()])
        and not another
        and not re.match(
            r"\s+(?:next|following|previous|first|last)\b", sentence.text[trigger.end() :]
        )
    ):
        # "The delegation was led by X, who coordinates the team from the office in Warsaw": the
        # definite article refers back to an event the page has told of
        return None
    if date is None and current is not None and current.city in (city.iri, None) and not another:
        # more about the event whose section this is ("w ramach wizyty w Lublinie"; "for its
        # fifth meeting on 14–15 May. … Opening the meeting, the Deputy Mayor of Lublin …")
        return None
    kind = kind_of(ctx, sentence, trigger)
    if (
        kind == "Meeting"
        and ctx.reference.team
        and any(m.kind == "team" for m in ctx.mentions)
        and re.match(r"(?i)(posiedzeni|obrad)", trigger.group(1))
        and not another_body_meets(ctx, sentence, trigger)
    ):
        kind = "TeamMeeting"  # on a page about the team, "posiedzenie" is the team's
    if date is None and not another:
        same = same_event_named_again(ctx, kind, city.iri)
        if same is not None:
            return same
    return new_event(ctx, sentence, trigger, make_event(ctx, sentence, kind, city.iri, date))


def of_another_month(ctx: DocumentContext, sentence: Sentence, event: Event) -> bool:
    """ "… follows the Academy's anti-rumours training in Wrocław, May 2024" in the account of a
    visit to Wrocław in March 2025: a month the event does not fall in makes another event."""
    days = days_of(event)
    if days is None or days.first is None or days.last is None:
        return False
    span = ((days.first.year, days.first.month), (days.last.year, days.last.month))
    months = [
        (d.year, d.month)
        for d in ctx.dates_in(sentence)
        # "przypomniała, że od lutego 2022 r. liczba cudzoziemców wzrosła": a time since when
        # something holds dates no event
        if d.month
        and d.first is None
        and not preceded_by(ctx.doc.text, d.start, r"(?i)\b(?:od|since)")
    ]
    return any(year and not span[0] <= (year, month) <= span[1] for year, month in months)


def the_new_event_word(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str], current: Event | None
) -> re.Match[str]:
    """ "Konferencję poprzedzi zaplanowane na wtorek, 4 czerwca, posiedzenie Zespołu": the
    first meeting word names the event the page is about (of its kind, on other days); the
    sentence's day is another event's, named by the next meeting word of another kind."""
    span = days_of(current) if current is not None else None
    if current is None or span is None or kind_of(ctx, sentence, trigger) != current.kind:
        return trigger
    day = day_date(ctx, sentence)
    if day is None or within_days(day, span):
        return trigger
    pattern = TRIGGER_EN if ctx.doc.language == "en" else TRIGGER
    for later in pattern.finditer(sentence.text, trigger.end()):
        if kind_of(ctx, sentence, later) != current.kind:
            return later
    return trigger


# A plan that the page then says changed: "miało się odbyć", "miały gościć Katowice",
# "pierwotnie planowane na", "was to be held", "originally planned".
PLANNED = re.compile(
    r"(?i)\b(?:miał[aoy]?|mieli)\s+(?:się\s+odbyć|odbyć\s+się|gościć|być\s+gospodarz\w*)|"
    r"\bpierwotnie\b|\bwedług\s+harmonogramu\b|\bwas\s+to\s+(?:be\s+held|take\s+place)|"
    r"\boriginally\s+(?:planned|scheduled)"
)
# What the plan became: "ostatecznie …", and a move to another day or place ("zostało
# przeniesione na 20 marca do Wrocławia", "przełożono na …", "has been moved / postponed to …"),
# or the plan's event told again in the future ("…, które miało się odbyć 5 maja w Krakowie,
# odbędzie się 12 maja w Łodzi")
MOVED = (
    r"przeniesion\w*|przeniesiono|przełożon\w*|przełożono|przesunięt\w*|przesunięto|"
    r"(?:has\s+been\s+|was\s+|were\s+|have\s+been\s+)(?:moved|postponed|rescheduled)"
)
FINALLY = re.compile(
    r"(?i)\b(?:ostatecznie|w\s+końcu|finalnie|finally|eventually|in\s+the\s+end|"
    + MOVED
    + r"|odbędzie\s+się|will\s+(?:now\s+)?(?:be\s+held|take\s+place)|nowy\s+termin|new\s+date)\b"
)
# An event called off: "nie odbędzie się", "zostało odwołane", "was cancelled", "will not take
# place", "did not take place": no event stands on that day
CANCELLED = re.compile(
    r"(?i)\bnie\s+(?:od(?:będzie|będą|był[aoy]?)\s+się|doszło\s+do|doszła\s+do\s+skutku)\b|"
    r"\bodwołan[aeoy]\w*|\bodwołano\b|"
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:cancell?ed|called\s+off)\b|"
    r"\b(?:will|would|did)\s+not\s+(?:be\s+held|take\s+place)\b"
)
# "zaplanowane na 12 marca", "planned for 12 March": a plan only where a move follows
PLANNED_FOR = re.compile(r"(?i)\b(?:zaplanowan\w*|planowan\w*|planned|scheduled)\b")
MOVED_WORD = re.compile(r"(?i)\b(?:" + MOVED + r")\b")


def moved_later(ctx: DocumentContext, sentence: Sentence) -> bool:
    """A plan whose move the sentence or the next one tells."""
    if not PLANNED_FOR.search(sentence.text):
        return False
    following = [s for s in ctx.sentences if s.start >= sentence.end][:1]
    return any(MOVED_WORD.search(s.text) for s in [sentence, *following])


NOT_IN = re.compile(r"(?i)\bnie\s+we?\s+$|\bnot\s+in\s+$")


def as_it_finally_was(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> Event | None:
    """The event a plan speaks of, dated and placed as the next sentences say it finally was;
    none where they name no final day, or where they tell it with their own meeting word (that
    sentence makes the event)."""
    following = [s for s in ctx.sentences if s.start >= sentence.end][:2]
    for later in [sentence, *following]:
        final = FINALLY.search(later.text)
        if final is None:
            continue
        if later is not sentence and trigger_in(ctx, later):
            return None
        days = [
            d
            for d in ctx.dates_in(later)
            if d.is_day and d.start >= later.start + final.start() and not a_deadline(ctx, d)
        ]
        if not days:
            return None
        online = ONLINE.search(later.text) is not None  # "w formule zdalnej" too
        cities = [
            c
            for c in ctx.mentions_in(later, "city")
            if c.start >= later.start + final.start()
            # ("przeniesione … do Wrocławia", "moved to Wrocław": where it went)
            and preceded_by(ctx.doc.text, c.start, r"\b(?:w|we|in|do|to)")
            and not NOT_IN.search(ctx.text(max(later.start, c.start - 12), c.start))
        ]
        city = None if online or not cities else cities[0].iri
        kind = kind_of(ctx, sentence, trigger)
        if kind == "TeamMeeting" and city is None and not online:
            return None
        event = make_event(ctx, later, kind, city, days[0], online)
        return new_event(ctx, sentence, trigger, event)
    return None


def meetings_in_general(ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """ "Na posiedzeniach, wspieranych przez IOM, porównują rozwiązania sprawdzone w Gdańsku":
    meetings in the plural with no day speak of the meetings in general, not of one held in a
    city the sentence names."""
    word = trigger.group(1).split()[0]
    readings = [(lemma, tag) for lemma, tag, _ in analyses(word.lower()) if tag.startswith("subst")]
    # ("warsztaty", "obrady", "targi" name one event in the plural: only nouns whose plural
    # means many meetings)
    plural = (
        bool(readings)
        and all(tag_has(tag, 1, "pl") for _, tag in readings)
        and all(lemma in COUNTED_MEETINGS for lemma, _ in readings)
    ) or word.lower() in COUNTED_MEETINGS_EN  # "Over the past months meetings were held"
    return plural and day_date(ctx, sentence, trigger) is None


# "for instance through expert visits", "np. poprzez wizyty studyjne", "mogą liczyć na …": what
# such a sentence names is a kind of thing that may happen, not an event
AN_EXAMPLE = re.compile(
    r"(?i)(?:\bfor\s+(?:instance|example)\b|\bsuch\s+as\b|\be\.g\.|(?<!\w)np\.|"
    r"\bna\s+przykład\b|\btakich?\s+jak\b|\btakże\s+w\s+formie\b)"
)
MAY_BE = re.compile(
    r"(?i)\b(?:can|could|may|might|mog[ąę]|może(?:my|sz)?|można|mogł(?:y|yby|aby|oby|iby))\b"
)


def an_example_of_what_may_be(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> bool:
    """ "City representatives can also rely on the support of ICC experts, for instance through
    expert visits to Wrocław": an event word after an example's marker, in a sentence that
    says what can be, with no day, names no event."""
    before = sentence.text[: trigger.start()]
    return (
        AN_EXAMPLE.search(before) is not None
        and MAY_BE.search(sentence.text) is not None
        and day_date(ctx, sentence, trigger) is None
    )


COUNTED_MEETINGS = frozenset(
    {"posiedzenie", "spotkanie", "konferencja", "seminarium", "zebranie", "sesja", "zjazd"}
)
COUNTED_MEETINGS_EN = frozenset(
    {"meetings", "sittings", "conferences", "seminars", "sessions", "consultations"}
)


SAME_PLACE = re.compile(
    r"(?i)\b(?:w\s+tym\s+samym\s+(?:miejscu|budynku|obiekcie)|"
    r"(?:in|at)\s+the\s+same\s+(?:place|venue|building))\b"
)


def event_in_place_of(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str], city: Mention, other: Event
) -> Event | None:
    """A dated event in the city and venue of another."""
    date = day_date(ctx, sentence, trigger)
    if date is None or date.first is None:
        return None
    kind = kind_of(ctx, sentence, trigger)
    event = new_event(ctx, sentence, trigger, make_event(ctx, sentence, kind, city.iri, date))
    for fact in [f for f in ctx.facts if f.s == other.iri and f.p == UMP + "venue"]:
        ctx.fact(event.iri, "venue", fact.o, sentence)
    return event


def kind_of(ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]) -> str:
    # A fair, a festival or a week of events is public, like a conference, whoever attends.
    public = CONFERENCE.match(trigger.group(1)) or PUBLIC_EVENT.match(trigger.group(1))
    if public:
        return "Conference"
    teams = ctx.mentions_in(sentence, "team")
    after = sentence.start + trigger.end()
    if TRAINING.match(trigger.group(1)) and all(
        team.start > after and RUN_BY.search(ctx.text(after, team.start)) for team in teams
    ):
        # "webinarium …, zorganizowane przez Biuro IOM we współpracy z Zespołem UMP": a course
        # run with or by the Team is no meeting of it
        return "Meeting"
    return "TeamMeeting" if teams else "Meeting"


TRAINING = re.compile(r"(?i)szkoleni|webinar|warsztat|seminari|kurs|training|workshop|seminar")
# Events that are not a body's sitting: courses, visits, openings, launches.
OTHER_EVENT = re.compile(
    TRAINING.pattern + r"|wizy[tc]|visit|otwarci|opening|inaugura|launch|kick-off|ceremon|festiwal"
    r"|podpisa|zawar"
    r"|festival|piknik|picnic",
    re.IGNORECASE,
)
# Who ran it or with whom: "zorganizowane przez …", "we współpracy z …", "organised by …"
RUN_BY = re.compile(
    r"(?i)\b(?:przez|we\s+współpracy\s+z|wspólnie\s+z|razem\s+z|w\s+partnerstwie\s+z|"
    r"by|with|in\s+cooperation\s+with)\b"
)


PUBLIC_EVENT = re.compile(r"Targ|Tydzie|Tygodni|Festiwal|Dni\b|Dniach|Dniami|Dzie[nń]\b|Dni[au]\b")
# A named day ("Światowy Dzień Uchodźcy") is an event only on a day the page gives: named
# alone, it is the occasion of something else ("ze względu na zbliżający się Dzień …").
NAMED_DAY = re.compile(r"(?:Dzie[nń]|Dni[au])\b")
# "Drugiego dnia …", "następnego dnia", "the next day": a day counted from the first day of the
# event whose section this is.
RELATIVE_DAY = re.compile(
    r"(?i)\b(?P<n>pierwszego|drugiego|trzeciego|czwartego|ostatniego|kolejnego|następnego)\s+"
    r"dnia\b|\b(?P<later>dzień\s+później|nazajutrz)\b|"
    r"\b(?:on\s+)?the\s+(?P<en>first|second|third|fourth|last|next|following)\s+day\b"
)
DAY_OFFSETS = {
    "pierwszego": 0, "drugiego": 1, "trzeciego": 2, "czwartego": 3, "kolejnego": 1,
    "następnego": 1, "first": 0, "second": 1, "third": 2, "fourth": 3, "next": 1, "following": 1,
}  # fmt: skip


def on_a_day_of(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str], current: Event | None
) -> Event | None:
    """ "Drugiego dnia członkowie Zespołu wzięli udział w IV Targach Edukacji …": a named event
    on a day of the event whose section this is, in its city unless the clause names another.
    An unnamed meeting word ("drugiego dnia posiedzenia") is that event itself."""
    relative = RELATIVE_DAY.search(sentence.text)
    if relative is None or current is None or not isinstance(current.first, dt.date):
        return None
    title = TITLE_AFTER_TRIGGER.match(sentence.text[trigger.end() :])
    last = current.last if isinstance(current.last, dt.date) else current.first
    span = DateMention(0, 0, first=current.first, last=last)
    if any(
        d.is_day and not d.dateline and not within_days(d, span) for d in ctx.dates_in(sentence)
    ):
        return None  # "30 czerwca 2017 r., drugiego dnia konferencji": a day of another time
    word = (relative.group("n") or relative.group("en") or "").lower()
    if title is None and proper_event_name(ctx, sentence, trigger) is None:
        # "Drugiego dnia, 6 czerwca, uczestnicy wezmą udział w wizytach studyjnych": what the
        # event's own second day holds is the event
        offset = DAY_OFFSETS.get(word, 1)
        within = word in ("ostatniego", "last") or current.first + dt.timedelta(days=offset) <= last
        return current if within and not relative.group("later") else None
    if word in ("ostatniego", "last"):
        day = last
    else:
        day = current.first + dt.timedelta(days=DAY_OFFSETS.get(word, 1))
        if day > last and not (
            relative.group("later") or word in ("kolejnego", "następnego", "next", "following")
        ):
            return None  # "trzeciego dnia" of a two-day meeting: not a day of it
    city = locative_city(ctx, sentence, trigger)
    date = DateMention(
        sentence.start + relative.start(), sentence.start + relative.end(), day, day, day.year
    )
    kind = kind_of(ctx, sentence, trigger)
    if kind == "TeamMeeting":
        kind = "Meeting"  # the Team's own meeting is `current`; another on its day is not it
    made = make_event(ctx, sentence, kind, city.iri if city else current.city, date)
    return new_event(ctx, sentence, trigger, made)


def new_event(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str], event: Event
) -> Event:
    told = the_same_told_before(ctx, event, sentence)
    if told is not None:
        return told
    body = body_that_meets(ctx, sentence, trigger)
    if body is not None and event.kind != "TeamMeeting":
        ctx.fact(event.iri, "organiser", body.iri, sentence)
    named_after_trigger(ctx, event, sentence, trigger)
    return event


def the_same_told_before(ctx: DocumentContext, event: Event, sentence: Sentence) -> Event | None:
    """The event of the same IRI the page has told already (the caller goes on with it); else
    None, once this one is added to the page's events and described from its sentence."""
    told = next((e for e in ctx.events if e.iri == event.iri), None)
    if told is None:
        ctx.events.append(event)
        describe_event(ctx, event, sentence)
    return told


def named_after_trigger(
    ctx: DocumentContext, event: Event, sentence: Sentence, trigger: re.Match[str]
) -> None:
    """The event's own name, as the page writes it, beside the descriptive label."""
    after = sentence.text[trigger.end() :]
    title = TITLE_AFTER_TRIGGER.match(after) or TITLED_AFTER_ITS_COMPLEMENT.match(after)
    slogan = HELD_UNDER_A_SLOGAN.match(after)
    name = (
        title.group(1).strip()
        if title
        else proper_event_name(ctx, sentence, trigger)
        or (slogan.group(1).strip() if slogan else None)
        or bold_title_of_an_event(sentence, trigger)
    )
    if name:
        give_the_name(ctx, event, name, sentence)


def give_the_name(ctx: DocumentContext, event: Event, name: str, sentence: Sentence) -> None:
    """The event's own name (schema:name), kept as its title and in its descriptive label."""
    ctx.fact(event.iri, SCHEMA_NAME, rdflib.Literal(name, lang=ctx.doc.language), sentence)
    event.title = (name, sentence)
    titled_label(ctx, event, name)


def titled_label(ctx: DocumentContext, event: Event, name: str) -> None:
    """ "Spotkanie, 2024" for a training the page names "Building effective partnerships …":
    the descriptive label carries the title after its first word, as a quoted title's does."""
    entity = ctx.entities.get(event.iri)
    if entity is None or "„" in entity.label_pl:
        return
    entity.label_pl = with_title(entity.label_pl, f"„{name}”")
    entity.label_en = with_title(entity.label_en, f"“{name}”")


def with_title(label: str, title: str) -> str:
    """ "Konferencja, 18 grudnia 2018" -> "Konferencja „X”, 18 grudnia 2018"."""
    noun, _, rest = label.partition(" ")
    comma = "," if noun.endswith(",") else ""
    return " ".join(filter(None, [noun.rstrip(","), title + comma, rest]))


def event_without_city(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> Event | None:
    """ "13 marca przedstawiciele UMP uczestniczyli w konferencji „Mosty i kładki” w
    Przedstawicielstwie Komisji Europejskiej": a meeting word and a day in one clause make a
    dated event even when the page names no city; its city may come from a later sentence of
    the story ("Warsztaty odbędą się w Lublinie"). A meeting of the Team is looked for in more
    places (the host told later, the page's title); a dated one no city places is still made
    (team_meetings_without_a_city records it as a meeting the Team organised), an undated one
    is left alone, and so is a meeting word that only sets the scene of another action
    ("podczas konferencji")."""
    kind = kind_of(ctx, sentence, trigger)
    date = (
        day_date(ctx, sentence, trigger)
        or days_said_just_before(ctx, sentence)
        or day_of_what_was_told(ctx, sentence, trigger)
        or day_of_the_heading_above(ctx, sentence)
    )
    online = ONLINE.search(sentence.text) is not None
    later = None if online else held_later(ctx, sentence)
    if kind == "TeamMeeting":
        # "Wrocław hosts the UMP Working Group" over "On 5–6 October our Centre welcomed the
        # members of the Team": the one city the page's title names is where the Team met.
        host = (
            None
            if online
            else (
                city_hosting_next(ctx, sentence)
                or city_of_title(ctx)
                or city_said_next(ctx, sentence)
                or city_of_the_venue(ctx, sentence)
                or city_of_a_seat(ctx, sentence)
                or city_of_the_heading_above(ctx, sentence)
                or (city_held_in(ctx, later) if later else None)
            )
        )
        if date is None or date.first is None:
            return None
        # (a dated meeting of the Team whose city the page does not give is still one: its day,
        # its themes and who took part are the register's)
        return placed_later(
            ctx,
            new_event(ctx, sentence, trigger, make_event(ctx, sentence, kind, host, date, online)),
            later,
        )
    if date is None or date.first is None or sets_the_scene(ctx, sentence, trigger):
        if NAMED_DAY.match(trigger.group(1)):
            return None
        return titled_event(ctx, sentence, trigger, kind)
    # "na warsztat, który Urząd Miasta Poznania zorganizował w Sali Białej": a city's office
    # that organises it holds it in its city
    host = (
        None
        if online
        else (
            city_of_organising_office(ctx, sentence)
            or city_hosting_next(ctx, sentence)
            or city_of_the_venue(ctx, sentence)
            or city_of_a_seat(ctx, sentence)
            or city_in_brackets_of_the_host(ctx, sentence)
            or (city_held_in(ctx, later) if later else None)
            or city_of_a_city_page(ctx, sentence)
            or city_of_the_pages_days(ctx, date)
        )
    )
    # (an event of that kind the page has placed on that day, in that city or in none the
    # sentence gives, is the one told of again)
    told = None if online else same_day_told(ctx, kind, date)
    if told is not None and host in (None, told.city):
        return told
    return placed_later(
        ctx,
        new_event(ctx, sentence, trigger, make_event(ctx, sentence, kind, host, date, online)),
        later,
    )


# "Warsztaty odbędą się w Lublinie.", "Zajęcia odbyły się w Centrum Kultury w Lublinie.",
# "Miejscem warsztatów będzie …": a later sentence that says where the event is held
HELD_THERE = re.compile(
    r"(?i)\b(?:odb(?:ędzie|ędą|ył[aoy]?|yli|ywa|ywają)\s+się|miejscem\s+(?:\w+\s+){0,3}?"
    r"(?:będzie|był[aoy]?|jest|są)|zaplanowan\w+\s+(?:jest|są|zosta(?:ł|l)\w*)\s+w)\b"
)


def held_later(ctx: DocumentContext, sentence: Sentence) -> Sentence | None:
    """The first later sentence of the story (no date of its own) that says where it is held."""
    for later in told_after(ctx, sentence):
        if ctx.dates_in(later):
            return None
        if HELD_THERE.search(later.text):
            return later
    return None


def city_held_in(ctx: DocumentContext, later: Sentence) -> str | None:
    """The one city the sentence holds the event in ("w Lublinie"), or its venue's city."""
    return the_one_city(ctx, later, r"\b(?:[Ww]e?|[Ii]n)") or city_of_the_venue(ctx, later)


def placed_later(ctx: DocumentContext, event: Event | None, later: Sentence | None) -> Event | None:
    """The venue the later sentence names, in the event's city."""
    if event is not None and later is not None and event.city is not None:
        venue_of(ctx, event, later)
    return event


# "w siedzibie Urzędu Miasta Krakowa", "w gmachu Urzędu Miejskiego w Gdańsku", "w sali
# sesyjnej Urzędu Miasta Lublin", "w Urzędzie Miasta Poznania": where a city's office is
IN_THE_SEAT_OF = (
    r"\b(?:w|we)(?:\s+(?:siedzibie|gmachu|budynku|holu|auli|ratuszu|"
    r"(?:[Ss]ali|[Ss]alach)(?:\s+[\w-]+){0,2}))?"
)


def city_of_a_seat(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The one city whose office the sentence puts the event in."""
    cities = {
        ctx.reference.city_of_office[m.iri]
        for m in ctx.mentions_in(sentence, "office")
        if m.iri in ctx.reference.city_of_office
        and preceded_by(ctx.doc.text, m.start, IN_THE_SEAT_OF)
    }
    return cities.pop() if len(cities) == 1 else None


# "College of Europe, Natolin (Warsaw) hosted a workshop …", "Centrum X (Kraków) gościło …"
HOSTED_AFTER_BRACKET = re.compile(
    r"\s*\)\s*(?:hosted|organi[sz]ed|gości(?:ł|l)\w*|zorganizowa(?:ł|l)\w*)\b"
)


def city_in_brackets_of_the_host(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The city in brackets after the host's name, before the verb of hosting."""
    for city in ctx.mentions_in(sentence, "city"):
        if preceded_by(ctx.doc.text, city.start, r"\(") and HOSTED_AFTER_BRACKET.match(
            ctx.doc.text, city.end
        ):
            return city.iri
    return None


def same_day_told(ctx: DocumentContext, kind: str, date: DateMention) -> Event | None:
    """ "**Konferencja (część otwarta)**" under "### Dzień 1 – 16 października" on a page that
    has told of a conference in Białystok on 16 October: a cityless event of a kind within the
    days of the one such event the page placed is that event."""
    # ("- 10:00 – Otwarcie spotkania" under "**Dzień 1 – środa, 14 czerwca**": the plain
    # meeting word is the Team's meeting the page told of)
    kinds = {kind, "TeamMeeting"} if kind == "Meeting" else {kind}
    same = [
        e
        for e in ctx.events
        if e.kind in kinds
        and e.city is not None
        and (days := days_of(e))
        and within_days(date, days)
    ]
    return same[0] if len(same) == 1 else None


def days_of(event: Event) -> DateMention | None:
    """The event's days as a span, when it has a day."""
    first, last = event.first, event.last
    if not isinstance(first, dt.date):
        return None
    return DateMention(0, 0, first=first, last=last if isinstance(last, dt.date) else first)


def city_of_a_city_page(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "Projekt zainaugurowała 21 listopada konferencja …" on a page whose title names one
    city and whose sentence names none: the event is in the page's city."""
    # (a town's own portal writes of its town: "Portal Miasta Gdańska"; a sentence that names
    # only that town, "6500 osób trafiło do Torunia – mówił … podczas spotkania w MCSM", names
    # no other place for it)
    page_city = city_of_title(ctx) or city_of_the_publisher(ctx)
    named = {c.iri for c in ctx.mentions_in(sentence, "city")}
    return page_city if named <= {page_city} else None


def city_of_the_venue(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "podczas szkolenia w Sali Sesyjnej Urzędu Miasta Szczecin": the venue the sentence puts
    the event in, whose name holds one city (or one city's office), is in that city."""
    for venue in ctx.mentions_in(sentence, "venue") + buildings_named(ctx, sentence):
        if not where_held(ctx, venue):
            continue
        named = ctx.reference.gazetteer.find(venue.text)
        cities = {m.iri for m in named if m.kind == "city"} | {
            ctx.reference.city_of_office[m.iri]
            for m in named
            if m.iri in ctx.reference.city_of_office
        }
        if len(cities) == 1:
            return cities.pop()
    return None


ORGANISES = re.compile(
    r"(?i)\b(?:zorganizowa(?:ł|ła|li|ło)|przygotowa(?:ł|ła|li|ło)|organizuj(?:e|ą))\b"
)


def city_of_organising_office(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The city of the one reference city office the sentence makes the organiser: named
    right before an organising verb, or after an organiser's word."""
    city_of = ctx.reference.city_of_office
    offices = set()
    for verb in ORGANISES.finditer(sentence.text):
        at = sentence.start + verb.start()
        offices |= {
            m.iri
            for m in ctx.mentions_in(sentence, "office")
            if m.end <= at and len(ctx.text(m.end, at).split()) <= 2
        }
    offices |= {o.iri for o in organisations_after(ctx, sentence, ORGANISER) if o.kind == "office"}
    cities = {city_of[o] for o in offices if o in city_of}
    return cities.pop() if len(cities) == 1 else None


# A meeting held online: "w formie wideokonferencji", "zdalnie", "on-line", "via Zoom".
ONLINE = re.compile(
    r"(?i)\b(?:on-?line|zdaln\w*|wideokonferencj\w*|videokonferencj\w*|telekonferencj\w*|"
    r"video\s*conferenc\w*|virtual(?:ly)?|wirtualn\w*|"
    r"(?:przez|via|za\s+pośrednictwem)\s+(?:platform\w+\s+)?(?:Zoom|MS\s+Teams|Teams|Webex)|"
    r"przez\s+platformę|za\s+pośrednictwem\s+platformy)\b"
)


def city_said_next(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "17–18 maja w Centrum im. Ludwika Zamenhofa obradował Zespół … Przybyłych do
    Białegostoku przywitał …": a meeting placed only at a venue is in the one city a sentence
    around it brings the guests to or places them in ("do"/"w" + the city);
    else, on a city office's own portal (the page's publisher), in that office's city."""
    for around in sentences_around(ctx, sentence):
        placed = the_one_city(ctx, around, r"\b(?:[Dd]o|[Ww]e?)")
        if placed is not None:
            return placed
    return city_of_the_publisher(ctx)


def the_one_city(ctx: DocumentContext, sentence: Sentence, preposition: str) -> str | None:
    """The city the sentence names after the preposition, when it names exactly one so."""
    cities = {
        c.iri
        for c in ctx.mentions_in(sentence, "city")
        if preceded_by(ctx.doc.text, c.start, preposition)
    }
    return cities.pop() if len(cities) == 1 else None


def city_of_the_publisher(ctx: DocumentContext) -> str | None:
    """ "publisher: Urząd Miasta Krakowa – serwis Otwarty Kraków": a page a city's office
    publishes on its own portal is about that office's city (one office named, one city)."""
    publisher = ctx.doc.publisher or ""
    found = ctx.reference.gazetteer.find(publisher)
    offices = {m.iri for m in found if m.iri in ctx.reference.city_of_office}
    if offices:
        return ctx.reference.city_of_office[offices.pop()] if len(offices) == 1 else None
    # "Portal Miasta Gdańska", "Serwis miejski Rzeszowa": a town's own portal names its town
    cities = {m.iri for m in found if m.kind == "city"}
    return cities.pop() if len(cities) == 1 and MUNICIPAL_PUBLISHER.search(publisher) else None


MUNICIPAL_PUBLISHER = re.compile(
    r"(?i)\b(?:urz[ąę]d\w*|portal\w*|serwis\w*|miast[ao]|gmin[ay]|magistrat\w*)\b"
)


HOST_CITY_BEFORE = (
    r"\b(?:[Gg]ospodar(?:zem|zami|ze)\s+(?:(?:spotkania|posiedzenia|obrad|konferencji|"
    r"warsztatów|wydarzenia|tegorocznego|tej|tego|edycji|\w+ego)\s+){0,2}"
    r"(?:był[ao]?|byli|jest|został[ao]?|będzie)|[Rr]olę\s+gospodarza\s+pełni(?:ł|ła|ło)?|"
    r"(?:[Ss]potkanie|[Pp]osiedzenie|[Oo]brady|[Zz]espół)\s+(?:\w+\s+)?(?:gościł[ao]?|gości))"
)


def city_hosting_next(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "Spotkaliśmy się 19 i 20 października w Centrum Spotkania Kultur. Gospodarzem był
    Lublin.": the one city a later sentence of the paragraph (or of the next one) makes the
    host, before another dated sentence starts another story."""
    hosts = {
        c.iri
        for s in told_after(ctx, sentence)
        for c in ctx.mentions_in(s, "city")
        if preceded_by(ctx.doc.text, c.start, HOST_CITY_BEFORE)
    }
    return hosts.pop() if len(hosts) == 1 else None


def told_after(ctx: DocumentContext, sentence: Sentence) -> list[Sentence]:
    """The sentences after one, to the end of the next paragraph, up to a dated one."""
    found: list[Sentence] = []
    for later in (s for s in ctx.sentences if s.start >= sentence.end):
        if ctx.text(sentence.end, later.start).count("\n\n") > 1:
            break
        if any(sentence.end <= d.start < later.start for d in ctx.dates) and found:
            break
        found.append(later)
    return found


def sentences_around(ctx: DocumentContext, sentence: Sentence) -> list[Sentence]:
    """The sentences that set a sentence's scene, nearest first: the next one of its paragraph,
    the one before it in its paragraph ("O tym rozmawiali w Szczecinie urzędnicy. 26–27 maja w
    Centrum Dialogu Przełomy obradował Zespół …"), and the first of the next paragraph, which
    a lead paragraph hands its story on to ("Do Szczecina przyjechali …")."""
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    after = [s for s in ctx.sentences if s.start >= sentence.end]
    found = []
    if after and "\n\n" not in ctx.text(sentence.end, after[0].start):
        found.append(after[0])
    if (
        before
        and "\n\n" not in ctx.text(before[-1].end, sentence.start)
        and GATHERING.search(before[-1].text)
    ):
        found.append(before[-1])
    # (the next paragraph's first sentence, also when the lead paragraph goes on after it)
    opening = next(
        (
            s
            for s in after
            if ctx.text(sentence.end, s.start).count("\n\n") == 1
            and re.search(r"\n[ \t]*\n\s*$", ctx.text(sentence.end, s.start))
        ),
        None,
    )
    if opening is not None and opening not in found and GATHERING.search(opening.text):
        found.append(opening)
    return found


# Words of the people or the gathering a sentence around a meeting speaks of ("urzędnicy
# rozmawiali", "Do Szczecina przyjechali przedstawiciele", "goście odwiedzili"): a sentence
# that carries none ("W Lublinie trwa festiwal.") places no meeting.
GATHERING = re.compile(
    r"(?i)\b(?:go[śs]ci\w*|gość\w*|przyjecha\w*|przyby\w*|przedstawiciel\w*|uczestni\w*|"
    r"urzędni\w*|delegac\w*|obrad\w*|rozmawia\w*|dyskutowa\w*|spotka\w*|zesp[oó]ł\w*|"
    r"członk\w*|samorządowc\w*)"
)


def city_of_title(ctx: DocumentContext) -> str | None:
    cities = {m.iri for m in ctx.reference.gazetteer.find(ctx.doc.title) if m.kind == "city"}
    return cities.pop() if len(cities) == 1 else None


def titled_event(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str], kind: str
) -> Event | None:
    """ "po kongresie „Jak zatrzymać młodych w Polsce?”": an event the page names by its title
    is one even when the page gives neither its city nor its day (a register lists it by
    name); its IRI is its title's, so pages that name it meet in one node."""
    pattern = TRIGGER_EN if ctx.doc.language == "en" else TRIGGER
    for candidate in [trigger, *pattern.finditer(sentence.text)]:
        title = TITLE_AFTER_TRIGGER.match(sentence.text[candidate.end() :])
        name = (
            title.group(1)
            if title
            else proper_event_name(ctx, sentence, candidate)
            or bold_title_of_an_event(sentence, candidate)
        )
        if name and names_an_initiative(ctx, name):
            return None  # "IOM launch “Cities for Inclusion”": the project launched, no event
        if name:
            kind = kind_of(ctx, sentence, candidate)
            folder = "conference" if kind == "Conference" else "meeting"
            event = Event(ctx.iri(folder, slugify(name)), kind, None, sentence)
            return new_event(ctx, sentence, candidate, event)
    return None


# "- **Training on good practices in migrant integration for Polish cities, Part II** (…)",
# "**Szkolenie: Budowanie partnerstw …**": a list item's or a line's bold title opening with the
# word for the event is the event's title (after the word and a colon, if it has one).
BOLD_TITLE = re.compile(r"^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?\*\*(?P<title>[^*\n]{8,200}?)\*\*")
KIND_AND_COLON = re.compile(r"^[^:\s]+(?:\s+[^:\s]+)?:\s*(?=\S)")


def bold_title_of_an_event(sentence: Sentence, trigger: re.Match[str]) -> str | None:
    bold = BOLD_TITLE.match(sentence.text)
    if bold is None or trigger.start() != bold.start("title"):
        return None
    title = bold.group("title").strip().rstrip(".:")
    if re.search(r"\d", title):
        return None  # "**Study visit to Barcelona, 9–11 October 2023.**": a heading of what, when
    kind = KIND_AND_COLON.match(title)
    title = title[kind.end() :] if kind else title
    words = title.split()
    if all(PART_OF_A_PROGRAMME.fullmatch(w) for w in words):
        return None  # "**Prezentacja i dyskusja** na temat „…”": a part of the programme, no name
    return title if len(words) >= 3 and CAPITALISED_WORD.match(words[0]) else None


CAPITALISED_WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ0-9]")
# The words of a programme's parts: "Prezentacja i dyskusja", "Wykład oraz warsztaty"
PART_OF_A_PROGRAMME = re.compile(
    r"(?i)(?:prezentacj|dyskusj|debat|panel|wykład|warsztat|spotkani|konferencj|seminari|"
    r"wprowadzeni|podsumowani|otwarci|powitani|przerw|sesj|rozmow|presentation|discussion|"
    r"debate|lecture|workshop|introduction|summary|opening|welcome|break|session)\w*|"
    r"i|oraz|and|&|[–-]"
)


def names_an_initiative(ctx: DocumentContext, name: str) -> bool:
    """Whether a title is the name of a project or programme the page speaks of."""
    wanted = name.strip().casefold()
    return any(
        m.kind in ("project", "programme") and ctx.label_pl(m.iri).casefold() == wanted
        for m in ctx.mentions
    )


def another_body_meets(ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """ "obradowała Komisja UMP ds. Obywateli Miasta", "posiedzenie Rady UMP": the meeting word
    is followed by the name of a body other than the team, so the meeting is that body's."""
    after = sentence.text[trigger.end() :]
    named = re.match(r"\s+([A-ZĄĆĘŁŃÓŚŹŻ]\w+)", after)
    if named is None:
        return False
    start = sentence.start + trigger.end() + named.start(1)
    mention = next((m for m in ctx.mentions if m.start == start), None)
    # On a page that names the Team, a bare "Zespół" is already a mention of it (an alias).
    return mention is None or mention.kind != "team"


def body_that_meets(
    ctx: DocumentContext, sentence: Sentence, trigger: re.Match[str]
) -> Mention | None:
    """ "obradowała Komisja UMP ds. Edukacji", "posiedzenie Rady Miasta", "Konwent Marszałków
    zebrał się": a body named right after the meeting word (its subject or its genitive) or as
    the subject right before it holds the meeting. A body after a preposition is a place or a
    guest ("w Urzędzie Miasta odbyło się spotkanie", "spotkanie z IOM"), never the holder."""
    start, end = sentence.start + trigger.start(), sentence.start + trigger.end()
    bodies = ctx.mentions_in(sentence, "org", "office")
    # ("posiedzenie sejmowej Komisji …": an adjective of the body before its name)
    after = [
        b
        for b in bodies
        if b.start >= end
        and re.fullmatch(r"\s+(?:[a-ząćęłńóśźż]+(?:ej|ego|ych|ą)\s+)?", ctx.text(end, b.start))
    ]
    before = [
        b
        for b in bodies
        if b.end <= start
        and re.fullmatch(r"\s+", ctx.text(b.end, start))
        and not preceded_by(ctx.doc.text, b.start, PREPOSITION)
    ]
    if not before and trigger.re is ADOPTED:
        # "Rada Miasta Białystok większością głosów przyjęła stanowisko": the council that
        # adopted the act, its subject, with words between in the clause
        before = [
            b
            for b in bodies
            if b.end <= start
            and COUNCIL.match(b.text)
            and not re.search(r"[,;:–—()]", ctx.text(b.end, start))
            and not preceded_by(ctx.doc.text, b.start, PREPOSITION)
        ][-1:]
    found = after or before
    return found[0] if found else None


PREPOSITION = r"(?i:\b(?:w|we|z|ze|do|na|przy|u|od|dla|po|o|nad|pod|przed|za|in|at|with|by|for))"


def same_event_named_again(ctx: DocumentContext, kind: str, city: str) -> Event | None:
    """An undated mention ("zdjęcie przedstawia spotkanie Zespołu we Wrocławiu") of the kind
    and city of exactly one event the page has dated is that event."""
    dated = [e for e in ctx.events if e.city == city and e.kind == kind and e.first is not None]
    return dated[0] if len(dated) == 1 else None


def make_event(
    ctx: DocumentContext,
    sentence: Sentence,
    kind: str,
    city: str | None,
    date: DateMention | None,
    online: bool = False,
) -> Event:
    # Without a city the page is the qualifier: two pages' cityless events of one day may
    # differ; an online meeting of a day is one wherever it is reported.
    city_slug = city.rsplit("/", 1)[-1] if city else ("online" if online else ctx.doc.slug)
    folder = "conference" if kind == "Conference" else "meeting"
    if date is not None and date.first is not None:
        iri = ctx.iri(folder, f"{date.first.isoformat()}-{city_slug}")
        return Event(
            iri, kind, city, sentence, date.first, date.last, date.first.year, online=online
        )
    year = next((d.year for d in ctx.dates_in(sentence) if d.year), None)
    return Event(ctx.iri(folder, f"{city_slug}-{ctx.doc.slug}"), kind, city, sentence, year=year)


def describe_event(ctx: DocumentContext, event: Event, sentence: Sentence) -> None:
    label_pl, label_en = event_labels(ctx, event, sentence)
    ctx.entity(event.iri, event.kind, label_pl, label_en, sentence)
    if event.city is not None:
        ctx.fact(event.iri, "inCity", event.city, sentence)
    if event.online:
        ctx.fact(event.iri, SCHEMA + "eventAttendanceMode", ONLINE_MODE, sentence)
    if isinstance(event.first, dt.date) and isinstance(event.last, dt.date):
        ctx.fact(
            event.iri,
            "startDate",
            rdflib.Literal(event.first.isoformat(), datatype=XSD.date),
            sentence,
        )
        ctx.fact(
            event.iri,
            "endDate",
            rdflib.Literal(event.last.isoformat(), datatype=XSD.date),
            sentence,
        )
    elif event.year:
        ctx.fact(event.iri, "year", rdflib.Literal(str(event.year), datatype=XSD.gYear), sentence)
    if event.kind == "TeamMeeting" and ctx.reference.team:
        ctx.fact(event.iri, "meetingOf", ctx.reference.team, sentence)
    venue_of(ctx, event, sentence)
    participating_cities(ctx, event, sentence)


def event_labels(ctx: DocumentContext, event: Event, sentence: Sentence) -> tuple[str, str]:
    title = TITLE.search(sentence.text)
    if title and not re.match(r"[A-ZĄĆĘŁŃÓŚŹŻ0-9]", title.group(1) or title.group(2) or ""):
        title = None  # 'announced the launch "tomorrow"' gives no title
    when_pl, when_en = date_words(event)
    if event.online and event.kind == "TeamMeeting" and ctx.reference.team:
        team_pl = case_form(ctx.label_pl(ctx.reference.team), "gen")
        return (
            f"Posiedzenie {team_pl} online{when_pl}",
            f"Online meeting of the {ctx.label_en(ctx.reference.team)}{when_en}",
        )
    if event.city is None and event.kind == "TeamMeeting" and ctx.reference.team:
        team_pl = case_form(ctx.label_pl(ctx.reference.team), "gen")
        return (
            f"Posiedzenie {team_pl}{when_pl}",
            f"Meeting of the {ctx.label_en(ctx.reference.team)}{when_en}",
        )
    if event.city is None:
        return labels_without_city(event, title, when_pl, when_en)
    # (a town the reference does not know: its locative from SGJP, "w Michałowie")
    city_pl = ctx.reference.city_locative.get(event.city) or case_form(
        ctx.label_pl(event.city), "loc"
    )
    city_en = ctx.label_en(event.city)
    if event.kind == "Conference" and title:
        name = title.group(1) or title.group(2)
        return (
            f"Konferencja „{name}” {locative_phrase(city_pl)}{when_pl}",
            f"Conference “{name}” in {city_en}{when_en}",
        )
    if event.kind == "TeamMeeting" and ctx.reference.team:
        team_pl = case_form(ctx.label_pl(ctx.reference.team), "gen")
        return (
            f"Posiedzenie {team_pl} {locative_phrase(city_pl)}{when_pl}",
            f"Meeting of the {ctx.label_en(ctx.reference.team)} in {city_en}{when_en}",
        )
    if event.kind == "Conference":
        return (
            f"Konferencja {locative_phrase(city_pl)}{when_pl}",
            f"Conference in {city_en}{when_en}",
        )
    return f"Spotkanie {locative_phrase(city_pl)}{when_pl}", f"Meeting in {city_en}{when_en}"


def labels_without_city(
    event: Event, title: re.Match[str] | None, when_pl: str, when_en: str
) -> tuple[str, str]:
    name = (title.group(1) or title.group(2)) if title else None
    noun_pl, noun_en = (
        ("Konferencja", "Conference")
        if event.kind == "Conference"
        else (
            "Spotkanie",
            "Meeting",
        )
    )
    pl = f"{noun_pl} „{name}”" if name else noun_pl
    en = f"{noun_en} “{name}”" if name else noun_en
    return pl + when_pl, en + when_en


def date_words(event: Event) -> tuple[str, str]:
    first, last = event.first, event.last
    if not isinstance(first, dt.date) or not isinstance(last, dt.date):
        return (f", {event.year}", f", {event.year}") if event.year else ("", "")
    if first == last:
        return (
            f", {first.day} {MONTHS_GENITIVE[first.month - 1]} {first.year}",
            f", {first.day} {MONTHS_ENGLISH[first.month - 1]} {first.year}",
        )
    if first.month == last.month:
        return (
            f", {first.day}–{last.day} {MONTHS_GENITIVE[first.month - 1]} {first.year}",
            f", {first.day}–{last.day} {MONTHS_ENGLISH[first.month - 1]} {first.year}",
        )
    return (
        f", {first.day} {MONTHS_GENITIVE[first.month - 1]} – {last.day} {MONTHS_GENITIVE[last.month - 1]} {last.year}",
        f", {first.day} {MONTHS_ENGLISH[first.month - 1]} – {last.day} {MONTHS_ENGLISH[last.month - 1]} {last.year}",
    )


def venue_of(ctx: DocumentContext, event: Event, sentence: Sentence) -> None:
    """'w Europejskim Centrum Solidarności w Gdańsku': a venue named right before the city."""
    # (an event whose city the page does not say has its venue too: "w Sali Kolumnowej Ratusza")
    if any(f.s == event.iri and f.p.endswith("/venue") for f in ctx.facts):
        return
    venues = [
        m
        for m in ctx.mentions_in(sentence, "venue") + buildings_named(ctx, sentence)
        if where_held(ctx, m) or preceded_by(ctx.doc.text, m.start, r"\(")
    ]
    # Right before the city ("w ECS w Gdańsku"), else the only venue the sentence puts the
    # event in ("Obrady w Sali Błękitnej Urzędu Miasta Poznania otworzył …"; named twice, "the
    # Wielopolski Palace (Pałac Wielopolskich)", it is one).
    placed = [m for m in venues if re.match(r"\s+(?:we?|in)\s", ctx.text(m.end, sentence.end))]
    one = list({m.iri: m for m in reversed(venues)}.values())
    chosen = placed[:1] or (one if len(one) == 1 else [])
    for mention in chosen:
        held_at(ctx, event, mention, sentence)


def held_at(ctx: DocumentContext, event: Event, venue: Mention, sentence: Sentence) -> None:
    """The event was held at the venue, in the event's city."""
    entity = ctx.entities.get(venue.iri)
    if entity is not None and entity.cls != UMP + "Venue":
        entity.cls = UMP + "Venue"  # a centre the page names as where the event was
    if event.city is not None:
        ctx.fact(venue.iri, "inCity", event.city, sentence)
    ctx.fact(event.iri, "venue", venue.iri, sentence)


def where_held(ctx: DocumentContext, venue: Mention) -> bool:
    """A venue the text puts an event in: "w Sali Błękitnej", "at the Town Hall", and in a
    programme "**Posiedzenie Zespołu** · Sala Sesyjna …" or "Miejsce: Sala …"."""
    # ("w budynku Nowego Ratusza", "w hotelu Mercure": the building after the word for it;
    # "na Placu Zebrań Ludowych", "na skwerze Wolności": a square, in the open)
    return (
        preceded_by(
            ctx.doc.text,
            venue.start,
            r"\b(w|we|W|We|at|in)(?:\s+the)?(?:\s+(?:budynku|gmachu|hotelu))?",
        )
        or (
            preceded_by(ctx.doc.text, venue.start, r"\b(na|Na)")
            and in_the_open(ctx.text(venue.start, venue.end))
        )
        or preceded_by(
            ctx.plain_text, venue.start, r"(?:\s[·|]|(?i:miejsce|venue|place|location):)"
        )
    )


def buildings_named(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    """New bodies whose name is headed by a word for a building or hall ("Europejskie Centrum
    Solidarności", "Centrum Kultury Zamek", "Copernicus Science Centre"): where an event was
    held, they are its venue."""
    found = []
    for mention in ctx.mentions_in(sentence, "org"):
        entity = ctx.entities.get(mention.iri)
        if entity is None or entity.cls != UMP + "NationalOrganisation":
            continue
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", mention.text)]
        heads = {lemma.lower() for w in words[:3] for lemma, _, _ in analyses(w)} | set(words)
        if heads & BUILDING_HEADS:
            found.append(mention)
    return found


BUILDING_HEADS = {
    "centrum", "centre", "center", "dom", "hotel", "sala", "aula", "hala", "pałac", "zamek",
    "ratusz", "teatr", "muzeum", "biblioteka", "hall", "museum", "library", "willa", "kamienica",
    "palace", "castle", "theatre", "theater", "gallery", "galeria",
}  # fmt: skip


def participating_cities(ctx: DocumentContext, event: Event, sentence: Sentence) -> None:
    """'Przedstawiciele Poznania, Warszawy, Gdańska i Katowic spotkali się …': the cities named
    (not in the locative) between the word for representatives and the meeting word."""
    cue = re.search(r"[Pp]rzedstawici\w+|[Dd]elegac\w+|[Rr]eprezentanc\w+", sentence.text)
    trigger = TRIGGER.search(sentence.text)
    if cue is None or trigger is None or trigger.start() < cue.end():
        return
    for mention in ctx.mentions_in(sentence, "city"):
        inside = sentence.start + cue.end() <= mention.start < sentence.start + trigger.start()
        if inside and not preceded_by(ctx.doc.text, mention.start, r"\b(w|we)"):
            ctx.fact(event.iri, "participatingCity", mention.iri, sentence)


def describe_contexts(ctx: DocumentContext, themes: ThemeMatcher) -> None:
    """Second pass: what each event's section says about it, and statements about every meeting."""
    for event in ctx.events:
        if event.title:
            # A title that names themes ("Integracja = Bezpieczeństwo") says what it is on.
            title, where = event.title
            for theme in themes.find(title):
                ctx.fact(event.iri, "theme", theme, where)
        for sentence in event.context:
            if sentence is not event.sentence and trigger_in(ctx, sentence):
                # "Dwudniowe obrady w Sali Błękitnej … otworzył …": more on where it was held.
                venue_of(ctx, event, sentence)
            topic = TOPIC.search(sentence.text)
            if topic is None and topic_goes_on(ctx, sentence):
                # "Temat przewodni: program ICC; spotkanie z …; projekt „T” – partycypacyjny
                # model zarządzania różnorodnością": each clause of the topic line is a topic
                for theme in themes.find(without_names(ctx, sentence)):
                    ctx.fact(event.iri, "theme", theme, sentence)
            if topic is None:
                # "Topics:" / "Tematy:" / "Tematyka szkolenia:" over "- civic and political
                # integration;": each item is a topic of the event
                intro = colon_intro(ctx, ctx.sentence_at(sentence.start) or sentence)
                if intro is not None and TOPICS_INTRO.search(intro.text):
                    for theme in themes.find(without_names(ctx, sentence)):
                        ctx.fact(event.iri, "theme", theme, sentence)
            if topic:
                text = topic.group("topic").strip().rstrip(".").strip()
                ctx.fact(event.iri, "leadingTopic", rdflib.Literal(text, lang="pl"), sentence)
                for theme in themes.find(text):
                    ctx.fact(event.iri, "theme", theme, sentence)
            for mention in ctx.mentions_in(sentence, "programme", "project", "fund", "document"):
                ctx.fact(event.iri, "discussed", mention.iri, sentence)
            whole = ctx.sentence_at(sentence.start) or sentence
            # "Wystąpili: A, prezes …; B z …; C": the cue opens the sentence, the people follow
            # in its clauses.
            present = not ABSENCE.search(whole.text)
            rostered = under_roster(ctx, sentence)
            # "**10:15** Karolina Lis, koordynatorka Zespołu – „Siedem lat …”": who has an hour
            # of the event's programme speaks at it
            # (a table's row is read by its columns: a "Kontakt" column names no speaker)
            timed = not sentence.text.lstrip().startswith("|") and opens_at_an_hour(ctx, sentence)
            visited = sentence is event.sentence and (
                VISITED.search(whole.text) is not None or SIGNED.search(whole.text) is not None
            )
            if present and (PARTICIPATION.search(whole.text) or rostered or timed or visited):
                for mention in ctx.mentions_in(sentence, "person"):
                    if not reports_on_it(ctx, event, sentence, mention):
                        ctx.fact(event.iri, "participant", mention.iri, sentence)
            for city in cities_represented(ctx, sentence) if present else []:
                ctx.fact(event.iri, "participatingCity", city.iri, sentence)
            for city in cities_listed_as_represented(ctx, sentence) if present else []:
                ctx.fact(event.iri, "participatingCity", city.iri, sentence)
            sent = roster_city(ctx, sentence) if rostered else None
            if sent is not None:
                ctx.fact(event.iri, "participatingCity", sent.iri, sentence)
            for body in bodies_represented(ctx, event, sentence):
                ctx.fact(event.iri, "participant", body.iri, sentence)
            for body in bodies_listed_as_present(ctx, sentence) if present and rostered else []:
                ctx.fact(event.iri, "participant", body.iri, sentence)
            for person in people_in_a_guest_column(ctx, sentence) if present else []:
                ctx.fact(event.iri, "participant", person.iri, sentence)
            if present and PARTICIPATION.search(whole.text):
                for city in cities_after_people(ctx, sentence):
                    ctx.fact(event.iri, "participatingCity", city.iri, sentence)
            for org in (
                organisations_after(ctx, sentence, ORGANISER)
                + hosts_in_apposition(ctx, sentence)
                + bodies_that_invite(ctx, sentence)
                + organisers_before_the_verb(ctx, sentence)
            ):
                ctx.fact(event.iri, "organiser", org.iri, sentence)
            for person in people_after(ctx, sentence, ORGANISER):
                ctx.fact(event.iri, "organiser", person.iri, sentence)
            for org in organisers_listed(ctx, sentence):
                ctx.fact(event.iri, "organiser", org.iri, sentence)
            if not EVERY_MEETING.search(sentence.text):
                for org in organisations_after(ctx, sentence, SUPPORT):
                    ctx.fact(event.iri, "supporter", org.iri, sentence)
            if not topic and (
                DISCUSSION.search(sentence.text)
                or sentence is event.sentence
                or programme_item(ctx, sentence)
                or rest_of_its_item(ctx, event, sentence)
            ):
                # Theme words inside names ("Funduszu Azylu, Migracji i Integracji") state no theme.
                for theme in themes.find(without_names(ctx, sentence)):
                    ctx.fact(event.iri, "theme", theme, sentence)
    themes_told_before_the_event(ctx, themes)
    statements_about_all_meetings(ctx)


def topic_goes_on(ctx: DocumentContext, clause: Sentence) -> bool:
    """A clause after the one that opens the sentence with "Temat przewodni:" / "Tematy:"."""
    whole = ctx.sentence_at(clause.start)
    if whole is None or whole.start == clause.start:
        return False
    topic = TOPIC.search(whole.text)
    return topic is not None and whole.start + topic.start() < clause.start


# "Spotkanie ma posłużyć rozmowie o …", "Webinarium będzie dotyczyć …": what the event is for
FOR_TALKING = re.compile(
    r"(?i)\b(?:posłuż\w*|służ(?:y|yć|yło)|(?:ma|miał[aoy]?|mają|mieli)\s+na\s+celu|rozmow\w*)"
)


def themes_told_before_the_event(ctx: DocumentContext, themes: ThemeMatcher) -> None:
    """ "Spotkanie ma posłużyć rozmowie o … mieszkalnictwa, edukacji …" as the lead of a page
    that announces one event further on: a sentence that opens with the word for an event and
    says what it is about, before the event is told, is about that event."""
    if len(ctx.events) != 1:
        return
    (event,) = ctx.events
    for sentence in ctx.sentences:
        if sentence.start >= event.sentence.start:
            return
        if ctx.events_in(sentence) or not opens_its_clause(ctx, sentence):
            continue
        if DISCUSSION.search(sentence.text) or FOR_TALKING.search(sentence.text):
            for theme in themes.find(without_names(ctx, sentence)):
                ctx.fact(event.iri, "theme", theme, sentence)


def rest_of_its_item(ctx: DocumentContext, event: Event, sentence: Sentence) -> bool:
    """ "- 22–23 listopada 2018 r. – Wrocław, WCRS. Edukacja dzieci cudzoziemskich.": the
    sentences after the one that opens the item with the event, where the item holds no other
    event, say what it was on."""
    start = event.sentence.start
    if sentence.start <= start or not opens_item(ctx, event.sentence):
        return False
    if "\n" in ctx.doc.text[start : sentence.start]:
        return False
    line_end = ctx.doc.text.find("\n", start)
    line_end = len(ctx.doc.text) if line_end < 0 else line_end
    line_start = ctx.doc.text.rfind("\n", 0, start) + 1
    return not any(
        other is not event and line_start <= other.sentence.start < line_end for other in ctx.events
    )


def team_meetings_without_a_city(ctx: DocumentContext) -> None:
    """A Team meeting the page dates but places nowhere (and not online) is recorded as a
    meeting the Team organised: the register's Team meeting has its city (the SHACL shape
    TeamMeetingShape asks for one), and the page's day, themes and people still stand."""
    for event in ctx.events:
        if event.kind != "TeamMeeting" or event.city is not None or event.online:
            continue
        if event.iri in ctx.entities:
            ctx.entities[event.iri] = replace(ctx.entities[event.iri], cls=UMP + "Meeting")
        ctx.facts[:] = [
            replace(f, p=UMP + "organiser") if f.s == event.iri and f.p == UMP + "meetingOf" else f
            for f in ctx.facts
        ]


def events_placed_by_their_host(ctx: DocumentContext) -> None:
    """ "Gospodarzem był Urząd Miasta Barcelony" in the account of a dated event whose city the
    page does not name: the event was where its host is (a city's office, a body placed in one
    city)."""
    placed = {f.s: str(f.o) for f in ctx.facts if f.p == UMP + "inCity"}
    renamed = {}
    for event in ctx.events:
        if event.city is not None or event.online or not isinstance(event.first, dt.date):
            continue
        hosts = {str(f.o) for f in ctx.facts if f.s == event.iri and f.p == UMP + "organiser"}
        cities = {ctx.reference.city_of_office.get(h) or placed.get(h) for h in hosts} - {None}
        if len(cities) != 1:
            continue
        city = cities.pop()
        assert city is not None
        folder = "conference" if event.kind == "Conference" else "meeting"
        iri = ctx.iri(folder, f"{event.first.isoformat()}-{city.rsplit('/', 1)[-1]}")
        renamed[event.iri] = iri
        event.iri, event.city = iri, city
        ctx.fact(iri, "inCity", city, event.sentence)
    ctx.rename(renamed)


# "pani Wiśniewska mówiła, że projekt pokazywano na posiedzeniu Zespołu w Krakowie": who says
# so reports on the meeting.
REPORTED = re.compile(
    r"(?i)\b(?:mówi|powiedzia|przypomina|przypomnia|twierdzi|dodał|dodaje|opowiada|pisze|"
    r"said|says|recalled|noted)\w*,?\s+(?:że|iż|that)\b"
)


def reports_on_it(ctx: DocumentContext, event: Event, sentence: Sentence, person: Mention) -> bool:
    """The person says something of the event in a reported clause that names it: the one who
    reports was not thereby at it."""
    if event.sentence.start != sentence.start:
        return False
    said = REPORTED.search(sentence.text)
    if said is None or person.start > sentence.start + said.start():
        return False
    trigger = trigger_in(ctx, sentence)
    return trigger is not None and trigger.start() > said.end()


def bodies_represented(ctx: DocumentContext, event: Event, sentence: Sentence) -> list[Mention]:
    """ "przedstawiciele IOM", "pracownicy Biura Obsługi Interesantów, Wydziału Spraw
    Społecznych oraz Miejskiego Ośrodka Pomocy Rodzinie": the bodies whose people came, the
    word for the people before the first of a list."""
    found: list[Mention] = []
    for mention in ctx.mentions_in(sentence, "org", "office", "team", "unit"):
        # (items of the list the page names but the extractor does not know are passed over:
        # "przedstawiciele Związku Miast Polskich, Ruchu Samorządowego TAK! Dla Polski,
        # Ogólnopolskiej Koalicji Samorządowej", "reprezentanci Parlamentu, Komisji Europejskiej")
        before = without_unknown_items(
            ctx.text(max(sentence.start, mention.start - 160), mention.start)
        )[-40:]
        if (
            event.kind == "TeamMeeting"
            and mention.kind == "team"
            and re.search(r"(?i)członk\w*\s+$", before)
        ):
            continue  # "członkowie Zespołu" at its own meeting: the meeting is its
        listed_after = bool(found) and re.fullmatch(
            LIST_SEPARATOR, without_unknown_items(ctx.text(found[-1].end, mention.start))
        )
        if (
            REPRESENTED.search(before)
            or REPRESENTED_AFTER.match(ctx.text(mention.end, sentence.end))
            or listed_after
            or (EXPERTS_OF.search(before) and PARTICIPATION.search(sentence.text))
        ):
            found.append(mention)
    return found


# The formatting between an item's bullet and its first word: "- **Fundacja …", "- „Nasz Wybór”"
FORMATTING = ' \t*_„"'


def bodies_listed_as_present(ctx: DocumentContext, item: Sentence) -> list[Mention]:
    """ "Uczestnicy:" over "- Fundacja Ocalenie," and "- Urząd do Spraw Cudzoziemców;": an item
    of a roster that is a body's name (no person's) names a body that took part."""
    if ctx.mentions_in(item, "person"):
        return []  # "- Jan Nowak (Urząd Miejski w Gdańsku)": the person took part, for it
    line_start = ctx.doc.text.rfind("\n", 0, item.start) + 1
    bullet = BULLET.match(ctx.doc.text, line_start)
    if bullet is None:
        return []
    rest = ctx.doc.text[bullet.end() : item.end]
    first_word = bullet.end() + len(rest) - len(rest.lstrip(FORMATTING))
    return [
        m for m in ctx.mentions_in(item, "org", "office", "team", "unit") if m.start == first_word
    ]


LIST_SEPARATOR = r"\s*(?:,|\bi\b|\boraz\b|\band\b)\s*"
# An item of a list in capitalised words (with a name's inner function words and a declined
# acronym's ending: "Ruchu Samorządowego TAK! Dla Polski", "Pracodawców RP", "UNICEF-u")
UNKNOWN_ITEM = (
    r"[A-ZĄĆĘŁŃÓŚŹŻ][\w!.'\u2019-]*"
    r"(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w!.'\u2019-]*|ds\.|im\.|na|rzecz|dla|do|spraw))*"
)
UNKNOWN_ITEMS_AT_END = re.compile(r"(?:(?<=\s)|^)(?:" + UNKNOWN_ITEM + LIST_SEPARATOR + r"){1,3}$")


def without_unknown_items(text: str) -> str:
    """The text before a list's item without the items just before it that are no mentions:
    what is left ends with the word for the people or with the separator after a known item."""
    items = UNKNOWN_ITEMS_AT_END.search(text)
    return text if items is None else text[: items.start()]


# "W spotkaniu uczestniczyli eksperci IOM i UNHCR": experts of a body, where the sentence says
# they took part (not "Eksperci X przygotowali raport")
EXPERTS_OF = re.compile(r"(?i)\b(?:eksper(?:ci|tki|tów|tami|tkami)|specjali(?:ści|stki|stów))\s+$")


# Who was not there: "przeprosiła za nieobecność", "zabrakło prezydenta", "nie dotarł", "could
# not attend": a sentence that says so names no participant (but "nie zabrakło X": X was).
ABSENCE = re.compile(
    r"(?i)\b(?:nieobecn\w*|(?<!nie\s)zabrak\w*|nie\s+(?:był\w*|przyjecha\w*|dotar\w*|pojawi\w*|"
    r"wzię\w*\s+udziału|uczestniczy\w*|mógł\w*|mogł\w*)|absent|absence|"
    r"(?:did|could)\s+not\s+(?:attend|come|join|take\s+part))\b"
)


# "przedstawiciele Wrocławia, Białegostoku i Krakowa", "urzędnicy ze Szczecina i Katowic",
# "Representatives of Wrocław and Kraków took part": the cities that sent people.
REPRESENTATIVES = re.compile(
    r"(?i)\b(?:przedstawiciel\w*|urzędni\w*|delegac\w*|reprezentan\w*|delegat\w*|członk\w*|"
    r"uczestni\w+\s+(?:przyjechali|przybyli|byli)\s+z|go[śs]ci\w*\s+(?=z\b|ze\b)|"
    # "Do naszego miasta przyjechały osoby … w urzędach Warszawy, Krakowa …": who came
    r"przyjecha(?:ł|ła|li|ły)|przyby(?:ł|ła|li|ły)|zjecha(?:ł|ła|li|ły)\s+się|"
    r"came\s+from|travell?ed\s+from|"
    r"representatives|officials|delegations|delegates|participants\s+came\s+from|"
    # "Participants from Lublin and Gdańsk learned …", "uczestnicy z Lublina i Gdańska"
    r"participants\s+(?:of\s+the\s+\w+\s+)?(?=from\b)|uczestni(?:cy|czki)\s+(?:[a-ząćęłńóśźż]+\s+)?(?=z\b|ze\b)|"
    # "14 cities met, including Poznań, Warsaw …", "w spotkaniu wzięło udział 8 miast: …"
    r"cities\s+(?:met|took\s+part|attended|participated|joined)|"
    r"(?:wzię(?:ł|l)\w*\s+udział|uczestniczy(?:ł|l)\w*|spotka(?:ł|l)\w*\s+się)\s+(?:\d+|kilk\w+|kilkanaści\w+)\s+miast)\b"
)


# A heading over the people who came: "**Uczestnicy**", "Participants", "Goście", "Prelegenci".
ROSTER_HEADING = re.compile(
    r"(?i)^\W*(?:uczestni\w*|go[śs]ci\w*|prelegen\w*|obecni|lista\s+obecności|"
    r"participants|attendees|speakers|guests)\b"
)


def under_roster(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the nearest heading above the sentence lists participants, or the sentence is
    an item of a list a line says they are ("W spotkaniu uczestniczyli:" over "- Gdańsk – Jan
    Nowak (Urząd Miejski w Gdańsku)")."""
    # (a clause of an item ending with ";" stands for its whole item)
    intro = colon_intro(ctx, ctx.sentence_at(sentence.start) or sentence)
    if intro is None and sentence.text.lstrip().startswith("|"):
        intro = table_intro(ctx, sentence)  # "W spotkaniu uczestniczyli:" over a table
    if intro is not None and ROSTER_INTRO.search(intro.text):
        return True
    if a_roster_label(ctx, sentence):
        return True
    heading = next(
        (s for s in reversed(ctx.sentences) if s.end <= sentence.start and is_section_break(s)),
        None,
    )
    return heading is not None and ROSTER_HEADING.search(heading.text) is not None


def a_roster_label(ctx: DocumentContext, item: Sentence) -> bool:
    """ "3. **Uczestnicy:**" over a list, or over its sublists ("1. z instytucji publicznych:"
    over "- Urząd do Spraw Cudzoziemców;"): a protocol's field of those present, the first
    label above the item that is less indented than it (or the line the list hangs from)."""
    if not in_item(ctx, item) or field_label(ctx, item) is not None:
        return False  # ("4. **Porządek obrad:** …" is the protocol's next field)
    indent = indent_of(ctx, item.start)
    for above in reversed([s for s in ctx.sentences if s.end <= item.start][-80:]):
        label = field_label(ctx, above)
        parent = indent_of(ctx, above.start) < indent or not in_item(ctx, above)
        if label is not None and ROSTER_HEADING.match(label) and parent:
            return True
        if not in_item(ctx, above):
            return False  # the paragraph the list hangs from names no roster
        if indent_of(ctx, above.start) < indent:
            indent = indent_of(ctx, above.start)
    return False


ROSTER_INTRO = re.compile(
    r"(?i)\b(?:uczestniczy\w*|wzię\w*\s+(?:w\s+nim\s+|w\s+niej\s+)?udział|udział\s+wzię\w*|"
    r"byli\s+obecni|"
    r"przyjecha\w*|obecni\s+byli|participants\s+were|attended\s+by|took\s+part|"
    # "W programie spotkania wystąpili:", "Głos zabrali:", "Speakers were:"
    r"wystąpi(?:li|ły|ą)|głos\s+zabra(?:li|ły)|głos\s+zabiorą|wezmą\s+(?:w\s+nim\s+|w\s+niej\s+)?udział|"
    # "The key speakers are:", "Prelegentami będą:", "Wśród prelegentów są:"
    r"speakers\s+(?:were|are|included|include|will\s+be)|prelegent(?:ami|kami)\s+(?:są|będą|byli|były)|"
    r"wśród\s+prelegentów\s+(?:są|będą|byli|znaleźli\s+się)|"
    # "Przy naszym stoliku siedzieli m.in.:", "W grupie byli:", "Wśród gości byli:", "Gośćmi
    # byli:"
    r"(?:siedzieli|zasiedli|zasiadali|byli|były|znaleźli\s+się)(?:\s+(?:m\.\s?in\.|także|też))?|"
    r"(?:przy\s+\w+\s+stol\w*|w\s+(?:\w+\s+)?grupie|wśród\s+(?:gości|uczestników|prelegentów))"
    r"\s+(?:\w+\s+)?(?:byli|były|siedzieli|zasiedli|znaleźli\s+się))\b[^:]*:\s*$"
)


def roster_city(ctx: DocumentContext, item: Sentence) -> Mention | None:
    """ "- Gdańsk – Piotr Malinowski (…)": the city that opens a roster item sent its person;
    in a roster's table ("| Gdańsk | Ewa Kos | Referat …, Urząd Miejski w Gdańsku |"), the
    city that fills the row's city column."""
    cities = ctx.mentions_in(item, "city")
    if (
        cities
        and re.fullmatch(r"[\s*•\d.)-]*", ctx.text(item.start, cities[0].start))
        and re.match(r"\s*[–—:-]\s*", ctx.text(cities[0].end, item.end))
    ):
        return cities[0]
    cell = column_cell(ctx, item, CITY_COLUMN)
    whole = [c for c in ctx.mentions_in(cell, "city") if c.text == cell.text] if cell else []
    return whole[0] if whole else None


# A table's columns by their header: the city a row's person came from, the person's name,
# the body the person works in.
CITY_COLUMN = re.compile(r"(?i)^(?:miasto|city|gmina|samorząd)\b")
NAME_COLUMN = re.compile(r"(?i)imię|nazwisko|osoba|uczestni|przedstawiciel|name|participant")
BODY_COLUMN = re.compile(
    r"(?i)jednostk|instytucj|organizacj|urząd|wydział|afiliacj|komórk|stanowisk|funkcj|"
    r"institution|organi[sz]ation|affiliation|department|body|position|\bunit"
)


def column_cell(ctx: DocumentContext, row: Sentence, column: re.Pattern[str]) -> Sentence | None:
    """The row's cell under the first column whose header the pattern finds (a city's column,
    "Miasto / instytucja", is no other column)."""
    if not row.text.lstrip().startswith("|"):
        return None
    header = header_of(ctx, row)
    if header is None or header is row:
        return None
    titles = [c.text for c in cells(ctx, header)]
    for title, cell in zip(titles, cells(ctx, row), strict=False):
        if column.search(title) and (column is CITY_COLUMN or not CITY_COLUMN.search(title)):
            return cell
    return None


def cities_after_people(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    """ "with Ivana d'Alessandro, Claudia Laredo (Bilbao) and Anna Kos (Lublin)", "Jan Nowak
    (Kraków)": the city in brackets after a participant is the city the person came from."""
    people = ctx.mentions_in(sentence, "person")
    return [
        city
        for city in ctx.mentions_in(sentence, "city")
        if any(re.fullmatch(r"\s*\(\s*", ctx.text(p.end, city.start)) for p in people)
        and re.match(r"\s*\)", ctx.text(city.end, sentence.end))
    ]


def cities_represented(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    cue = REPRESENTATIVES.search(sentence.text)
    if cue is None:
        return []
    found = []
    for city in ctx.mentions_in(sentence, "city"):
        if city.start < sentence.start + cue.end():
            continue
        # "w Lublinie" is where the meeting was, not who came ("ze Szczecina" is who came);
        # "przyjechali do Gdańska" is where they came to.
        if preceded_by(ctx.doc.text, city.start, r"\b(?:w|we|in|do|to)"):
            continue
        if seat_in_brackets(ctx, sentence, city):
            continue
        found.append(city)
    return found


def cities_listed_as_represented(ctx: DocumentContext, item: Sentence) -> list[Mention]:
    """ "W spotkaniu wzięli udział przedstawiciele dziesięciu miast członkowskich UMP:" over
    "- Białegostoku,", "- Gdańska,": the cities of the items took part."""
    intro = colon_intro(ctx, item)
    if intro is None or not REPRESENTATIVES.search(intro.text):
        return []
    return [
        city
        for city in ctx.mentions_in(item, "city")
        if not preceded_by(ctx.doc.text, city.start, r"\b(?:w|we|in|do|to)")
    ]


def seat_in_brackets(ctx: DocumentContext, sentence: Sentence, city: Mention) -> bool:
    """ "Tomasz Sieniow (Fundacja Instytut na Rzecz Państwa Prawa, Lublin)": a city after a body
    in one bracket is the body's seat (relations.seats_in_brackets), not a city taking part."""
    return body_of_seat(ctx, sentence, city) is not None


# "Debatę przygotowują wspólnie:", "Organizatorami są:", "Spotkanie organizują:", "Organisers:"
# over a list; or the heading "## Organizatorzy" over it
# (a verb of preparing or organising says it of the event: its word or pronoun beside the verb,
# or nothing but the colon after it; "Relację przygotowali dziennikarze:" is of a report)
ORGANISERS_INTRO = re.compile(
    r"(?i)\b(?:" + EVENT_WORD + r"\s+(?:\S+\s+)?(?:(?:współ)?organiz|przygotow)\w*|"
    r"(?:współ)?organizator(?:ami|zy|em|ką|kami)|(?:co-)?organi[sz]ers?|organi[sz]ed\s+by)\b|"
    r"\b(?:(?:współ)?organiz|przygotow)(?:uje|ują|ował\w*|owali|ał\w*|ali)"
    r"(?:\s+(?:go|ją|je|wspólnie))*\s*:"
)
ORGANISERS_HEADING = re.compile(
    r"(?i)\W*(?:(?:współ)?organizatorzy|organizatorzy\s+i\s+partnerzy|(?:co-)?organi[sz]ers)\W*"
)


def organisers_listed(ctx: DocumentContext, item: Sentence) -> list[Mention]:
    """The body an item opens with, in a list its introduction or heading says organises the
    event ("Debatę przygotowują wspólnie:" over "- Europejskie Centrum Solidarności,")."""
    if not opens_item(ctx, item):
        return []
    intro = colon_intro(ctx, item)
    said = intro is not None and ORGANISERS_INTRO.search(intro.text) is not None
    if intro is None:
        heading = next(
            (s for s in reversed(ctx.sentences) if s.end <= item.start and is_section_break(s)),
            None,
        )
        said = heading is not None and ORGANISERS_HEADING.fullmatch(heading.text) is not None
    bodies = ctx.mentions_in(item, "org", "office", "unit", "team")
    if not said or not bodies:
        return []
    first = min(bodies, key=lambda m: (m.start, -m.end))
    return [first] if re.fullmatch(r"[\s*•\d.)–-]*", ctx.text(item.start, first.start)) else []


# Between bodies of one list: a comma, "i", "oraz", "and" (an acronym in brackets before it)
BODIES_JOINED = r"\s*(?:\([^)]*\))?\s*(?:,|i|oraz|and|,\s*and)\s*(?:the\s+)?"


def organisations_after(
    ctx: DocumentContext, sentence: Sentence, cue: re.Pattern[str]
) -> list[Mention]:
    """Organisations named right after a cue word ('Gospodarzem spotkania był Urząd Miasta
    Szczecin', 'przy wsparciu UNHCR Polska'), with those joined to them by 'i', 'oraz' or ','."""
    found: list[Mention] = []
    # (an acronym in brackets after a name is that name again: "Unia Metropolii Polskich (UMP)
    # i Centrum X"; a "Biuro …" is a body of its own as an organiser)
    orgs = [
        o
        for o in bodies_in(ctx, sentence, "org", "office", "team", "unit")
        if not in_brackets(ctx, o)
    ]
    names = ctx.mentions_in(sentence)
    for match in cue.finditer(sentence.text):
        cue_end = sentence.start + match.end()
        if any(n.start <= sentence.start + match.start() < n.end for n in names):
            continue  # "Centrum Wsparcia Migrantów i Fundacja X …": a word of a name is no cue
        # ("zorganizowało konferencję w Europejskim Centrum Solidarności": a place, not a host)
        after = [
            o
            for o in orgs
            if o.start >= cue_end and not preceded_by(ctx.doc.text, o.start, AT_A_PLACE)
        ]
        gap = ctx.text(cue_end, after[0].start) if after else ""
        # ("Gospodarzem spotkania 5 marca 2024 r. był Urząd …": the copula before the host)
        if not after or (len(gap.split()) > NEAR and not HOST_COPULA.search(gap)):
            continue
        chain = chain_from(ctx, after[0], after[1:], BODIES_JOINED)
        found += [o for o in chain if o not in found]
    return found


# A city named as a legal person: "Miasto Szczecin", "Gminą Miejską Kraków", "Gmina Miasto
# Rzeszów", "m.st. Warszawa", "the City of Gdańsk" (any case of the municipality's word)
MUNICIPALITY_WORD = re.compile(
    r"(?:(?<![\w.])(?:Miast(?:o|a|u|em)|Gmin(?:a|y|ie|ę|ą))(?:\s+(?:Miejsk\w+|Miast[oa]|"
    r"Stołeczn\w+))?|\bm\.\s?st\.|\b(?:[Tt]he\s+)?[Cc]ity\s+of(?:\s+the)?)\s+$"
)
# The word before "Miasta X" that makes it part of another name: "Urzędu Miasta Krakowa",
# "Prezydent Miasta Gdańska", "budżetu Miasta Łodzi", "mieszkańcy Gminy Miejskiej Kraków"
GOVERNING_WORD = re.compile(
    r"(?:[A-ZŁŚŻŹĆ]\w*|prezydent\w*|rad\w*|budżet\w*|mieszka\w*|urz\w*)\s+$"
)


def municipal_bodies(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    """Cities named as municipalities, as their city offices: the body that holds an event a
    city organises or hosts ("Gospodarzem spotkania było Miasto Szczecin", "hosted by the City
    of Gdańsk") is its administration, as a register of events writes it."""
    found = []
    for city in ctx.mentions_in(sentence, "city"):
        office = ctx.reference.office_of_city.get(city.iri)
        before = ctx.text(max(sentence.start, city.start - 40), city.start)
        word = MUNICIPALITY_WORD.search(before)
        if office is None or word is None:
            continue
        start = city.start - len(before) + word.start()
        if GOVERNING_WORD.search(ctx.text(max(sentence.start, start - 30), start)):
            continue
        found.append(Mention(start, city.end, ctx.doc.text[start : city.end], office, "office"))
    return found


def bodies_in(ctx: DocumentContext, sentence: Sentence, *kinds: str) -> list[Mention]:
    """The sentence's bodies of these kinds, municipalities as their offices among them."""
    bodies = ctx.mentions_in(sentence, *kinds) + municipal_bodies(ctx, sentence)
    return sorted(bodies, key=lambda m: m.start)


AT_A_PLACE = r"(?i:\b(?:w|we|na|in|at))"

HOST_COPULA = re.compile(r"^[^;:]{0,60}\s(?:był|była|było|byli|jest|są|został|została)\s+$")


# "X oraz Unia Metropolii Polskich (UMP) zapraszają na webinarium": who invites to an event holds
# it (the bodies are the verb's subject, right before it)
INVITE = re.compile(r"(?i)\s*(?:serdecznie\s+)?(?:zaprasza(?:ją|my)?|invites?)\s+(?:na|do|to)\b")


def bodies_that_invite(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    # (an acronym in brackets after a name is that name again: "Unia Metropolii Polskich (UMP)")
    bodies = [
        b
        for b in bodies_in(ctx, sentence, "org", "office", "team", "unit")
        if not in_brackets(ctx, b)
    ]
    last = next(
        (
            b
            for b in reversed(bodies)
            if INVITE.match(re.sub(r"^\s*\([^)]*\)", "", ctx.text(b.end, sentence.end)))
        ),
        None,
    )
    if last is None:
        return []
    before = [b for b in bodies if b.end <= last.start]
    chain = chain_from(ctx, last, [], BODIES_JOINED)
    for body in reversed(before):
        gap = ctx.text(body.end, chain[0].start)
        if not gap.strip():
            # "Laboratorium X Ośrodka Y Uniwersytetu Z": the genitives are the first one's parents
            chain[0] = body
        elif re.fullmatch(BODIES_JOINED, gap):
            chain.insert(0, body)
        else:
            break
    return chain


# "Zaprosił nas Urząd Miasta Lublin, gospodarz spotkania": the host's word in apposition after
# the body's name.
HOST_APPOSITION = re.compile(
    r"^\s*(?:,|[–—-])\s*(?:(?:główn|współ)\w*\s+)?(?:gospodar\w*|organizator\w*|gospodyni\w*)\b"
)


# "Fundacja X zorganizowała …", "Urząd Miasta Y był gospodarzem spotkania", "X i Y
# współorganizowały konferencję": the bodies right before the verb, its subject (not "X
# przygotowało materiały": who prepared something for it need not hold it)
ORGANISED_BY_THE_SUBJECT = re.compile(
    r"(?i)\s*(?:\([^)]*\)\s*)?(?:(?:jest|był[aoy]?|byli|są|będzie|będą|zostały?|został[aoy]?)\s+)?"
    r"(?:(?:jej|jego|ich)\s+)?"
    r"(?:(?:współ)?organizator\w*|gospod(?:arz|yni)\w*|"
    r"(?:współ|z)?organizowa(?:ł[aoy]?|li)|(?:współ|z)?organizuj(?:e|ą)|"
    r"(?:co-)?organi[sz]ed|(?:co-)?hosted|(?:was|were)\s+(?:the\s+)?(?:co-)?(?:organi[sz]er|host)s?|"
    # "UNHCR Poland and the City of Wrocław held a workshop", "IOM will hold / is organising
    # a webinar", "IOM Poland invites you to …"
    r"held|(?:will|to)\s+(?:hold|host|organi[sz]e|run)|(?:is|are)\s+(?:organi[sz]|host)ing|"
    r"hosts|ran|conducted)\b"
)


def in_brackets(ctx: DocumentContext, mention: Mention) -> bool:
    """ "Unia Metropolii Polskich (UMP)": an acronym in brackets after a name is that name again."""
    text = ctx.doc.text
    return (
        text[mention.start - 1 : mention.start] == "("
        and text[mention.end : mention.end + 1] == ")"
    )


def organisers_before_the_verb(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    """The bodies (joined by ',', 'i', 'oraz', 'and') right before a verb or a noun of
    organising or hosting, not after a preposition (a place or a guest)."""
    bodies = [
        b
        for b in bodies_in(ctx, sentence, "org", "office", "team", "unit")
        if not preceded_by(ctx.doc.text, b.start, PREPOSITION) and not in_brackets(ctx, b)
    ]
    for index, body in enumerate(bodies):
        after = ctx.text(body.end, sentence.end)
        if not ORGANISED_BY_THE_SUBJECT.match(after) and not prepared_the_event(after):
            continue
        chain = [body]
        for before in reversed(bodies[:index]):
            if not re.fullmatch(BODIES_JOINED, ctx.text(before.end, chain[0].start)):
                break
            chain.insert(0, before)
        return chain
    return []


PREPARED = re.compile(
    r"\s*(?:\([^)]*\)\s*)?przygotowa(?:ł[aoy]?|li)\s+(?P<object>(?:\S+\s+){0,2}\S+)"
)


def prepared_the_event(after: str) -> bool:
    """ "Fundacja X przygotowała webinarium …", "… przygotowała je": who prepared the event holds
    it (not "przygotowało materiały dla uczestników", something for it)."""
    prepared = PREPARED.match(after)
    if prepared is None:
        return False
    words = prepared.group("object")
    return bool(re.match(r"(?:je|ją|go)\b", words)) or TRIGGER.search(words) is not None


def hosts_in_apposition(ctx: DocumentContext, sentence: Sentence) -> list[Mention]:
    return [
        body
        for body in bodies_in(ctx, sentence, "org", "office")
        if HOST_APPOSITION.match(ctx.text(body.end, sentence.end))
    ]


# Words between a host cue and the host's name: "Gospodarz spotkania, prezydent Gdańska Paweł
# Adamowicz", "Gospodynią była wiceprezydent Anna Kowalska".
HOST_NEAR = 6


def people_after(ctx: DocumentContext, sentence: Sentence, cue: re.Pattern[str]) -> list[Mention]:
    """The first person named soon after a cue word, before any other clause's verb."""
    found: list[Mention] = []
    people = ctx.mentions_in(sentence, "person")
    for match in cue.finditer(sentence.text):
        cue_end = sentence.start + match.end()
        after = [p for p in people if p.start >= cue_end]
        gap = ctx.text(cue_end, after[0].start) if after else ";"
        # Capitalised words are names (of bodies, cities) the gap may hold at any length:
        # "Gospodynią posiedzenia Rady Unii Metropolii Polskich była wiceprezydent Wrocławia X".
        words = [w for w in gap.split() if not w[:1].isupper()]
        if len(words) <= HOST_NEAR and ";" not in gap and after[0] not in found:
            found.append(after[0])
    return found


def statements_about_all_meetings(ctx: DocumentContext) -> None:
    """'Każde posiedzenie Zespołu wspierane jest … IOM … UNHCR Polska' and year-wide statements
    ('W 2019 roku Zespół obradował 2 razy z czynnym udziałem Urzędu Miasta Krakowa')."""
    meetings = [e for e in ctx.events if e.kind == "TeamMeeting"]
    for sentence in ctx.sentences:
        if any(within(e.sentence, sentence) for e in ctx.events):
            continue
        orgs = ctx.mentions_in(sentence, "org", "office")
        if not orgs:
            continue
        if EVERY_MEETING.search(sentence.text):
            # "Każde posiedzenie wspierają IOM i UNHCR", "Na każdym posiedzeniu Zespół korzysta z
            # wiedzy eksperckiej IOM", "W każdym spotkaniu uczestniczą przedstawiciele X"
            supports = SUPPORT.search(sentence.text) or EXPERTISE.search(sentence.text)
            takes_part = PARTICIPATION.search(sentence.text)
            for event in meetings if supports or takes_part else []:
                for org in orgs:
                    ctx.fact(
                        event.iri, "supporter" if supports else "participant", org.iri, sentence
                    )
        years = [d.year for d in ctx.dates_in(sentence) if d.year and not d.is_day]
        if years and TRIGGER.search(sentence.text) and PARTICIPATION.search(sentence.text):
            for event in meetings:
                if event.year in years:
                    for org in orgs:
                        ctx.fact(event.iri, "participant", org.iri, sentence)


def city_locatives(cities: dict[str, str]) -> dict[str, str]:
    """City IRI -> its locative ('Lublinie'), for labels like 'w Lublinie'."""
    return {iri: case_form(label, "loc") for iri, label in cities.items()}
