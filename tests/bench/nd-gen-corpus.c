/* nd-gen-corpus.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes a large, deterministic corpus of articles in NewsDesk's own JSON format for the
 * loading benchmark: once as one file per article and once as a JSON Lines file, so that
 * both ways of reading can be measured on exactly the same articles.
 *
 * The text is not meant to make sense, only to look like news prose to the parser and to
 * the text code: words drawn with Zipf-like frequencies from small part-of-speech lists,
 * put together by a tiny grammar, so that word lengths, punctuation, quotation marks,
 * non-ASCII letters and paragraph sizes are in realistic proportions. Everything comes from
 * one GRand seeded from the command line, never from the clock, so the same seed always
 * gives byte-identical files. The grammar is in nd-gen-corpus-text.c. */

#define G_LOG_DOMAIN "nd-gen-corpus"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "nd-gen-corpus-private.h"

/* Each word list gets a table that maps a 16-bit random number to a rank, so that drawing
 * a word costs one lookup; with at most about a thousand words per list even the rarest
 * rank still owns a few slots. */
#define ZIPF_TABLE_BITS 16
#define ZIPF_TABLE_SIZE (1u << ZIPF_TABLE_BITS)

#define MIN_BODY_WORDS 200
#define MAX_BODY_WORDS 2000

/* 2015-01-01T00:00:00Z and 2025-01-01T00:00:00Z */
#define FIRST_PUBLISHED G_GINT64_CONSTANT (1420070400)
#define END_PUBLISHED G_GINT64_CONSTANT (1735689600)

#define JSONL_BUFFER_SIZE (4u * 1024u * 1024u)

/* Vocabulary. Within each list, earlier words are drawn more often. */

static const char * const nouns[] = {
  "government", "year", "council", "city", "country", "company", "report", "plan", "week",
  "person", "time", "state", "minister", "official", "police", "school", "child", "family",
  "policy", "issue", "service", "month", "market", "worker", "law", "court", "case",
  "election", "party", "vote", "campaign", "leader", "president", "member", "community",
  "area", "region", "project", "budget", "tax", "price", "cost", "rate", "bank", "economy",
  "industry", "job", "home", "house", "hospital", "patient", "doctor", "nurse", "teacher",
  "student", "university", "study", "researcher", "scientist", "data", "system", "network",
  "program", "development", "change", "decision", "agreement", "deal", "talk", "meeting",
  "statement", "spokesperson", "spokesman", "spokeswoman", "investigation", "inquiry",
  "trial", "judge", "lawyer", "victim", "suspect", "officer", "resident", "neighbour",
  "town", "village", "street", "road", "bridge", "station", "train", "bus", "car", "driver",
  "passenger", "airport", "flight", "ship", "port", "border", "river", "coast", "island",
  "forest", "farm", "farmer", "crop", "harvest", "water", "energy", "power", "oil", "gas",
  "coal", "climate", "temperature", "storm", "flood", "fire", "drought", "weather",
  "winter", "summer", "spring", "autumn", "season", "morning", "evening", "night",
  "weekend", "holiday", "festival", "concert", "film", "book", "author", "writer", "artist",
  "museum", "gallery", "exhibition", "theatre", "audience", "player", "team", "coach",
  "match", "game", "season", "league", "club", "fan", "stadium", "goal", "victory",
  "defeat", "championship", "record", "crowd", "protest", "strike", "union", "employer",
  "wage", "salary", "pension", "benefit", "payment", "loan", "debt", "deficit", "fund",
  "investor", "investment", "share", "stock", "profit", "loss", "revenue", "sale",
  "customer", "consumer", "product", "brand", "store", "shop", "retailer", "supplier",
  "factory", "plant", "site", "building", "office", "headquarters", "board", "director",
  "chief", "executive", "manager", "staff", "employee", "volunteer", "charity",
  "organisation", "group", "committee", "panel", "agency", "authority", "department",
  "ministry", "parliament", "senate", "assembly", "mayor", "governor", "candidate",
  "voter", "poll", "survey", "result", "figure", "number", "percentage", "share", "level",
  "increase", "rise", "fall", "drop", "growth", "decline", "recovery", "crisis", "risk",
  "threat", "warning", "concern", "question", "answer", "debate", "argument", "criticism",
  "support", "opposition", "reform", "proposal", "measure", "rule", "regulation",
  "standard", "requirement", "license", "permit", "application", "request", "complaint",
  "claim", "evidence", "information", "document", "letter", "email", "message", "call",
  "interview", "speech", "announcement", "press", "journalist", "reporter", "editor",
  "newspaper", "magazine", "website", "platform", "app", "phone", "computer", "device",
  "software", "technology", "internet", "user", "account", "password", "security",
  "attack", "breach", "hacker", "virus", "vaccine", "disease", "illness", "infection",
  "treatment", "drug", "medicine", "therapy", "care", "clinic", "ward", "bed", "surgery",
  "operation", "test", "trial", "sample", "laboratory", "experiment", "discovery",
  "finding", "paper", "journal", "theory", "model", "method", "approach", "strategy",
  "goal", "target", "aim", "effort", "attempt", "challenge", "problem", "solution",
  "response", "reaction", "impact", "effect", "consequence", "reason", "cause", "factor",
  "condition", "situation", "position", "role", "responsibility", "power", "control",
  "influence", "pressure", "demand", "supply", "shortage", "surplus", "stock", "reserve",
  "resource", "material", "food", "meal", "restaurant", "café", "kitchen", "chef", "menu",
  "dish", "bread", "coffee", "tea", "wine", "beer", "market", "stall", "neighbourhood",
  "district", "suburb", "centre", "square", "park", "garden", "playground", "library",
  "church", "mosque", "temple", "cathedral", "castle", "palace", "monument", "statue",
  "tower", "wall", "gate", "door", "window", "roof", "floor", "room", "apartment", "flat",
  "tenant", "landlord", "rent", "mortgage", "property", "developer", "architect", "design",
  "plan", "map", "route", "journey", "trip", "visit", "visitor", "tourist", "guest",
  "hotel", "beach", "mountain", "valley", "lake", "sea", "ocean", "wind", "rain", "snow",
  "ice", "heat", "air", "pollution", "emission", "waste", "plastic", "recycling",
  "environment", "nature", "wildlife", "animal", "bird", "fish", "tree", "plant",
  "species", "habitat", "reserve", "conservation", "scheme", "initiative", "programme",
  "grant", "subsidy", "award", "prize", "winner", "competition", "event", "ceremony",
  "celebration", "anniversary", "birthday", "wedding", "funeral", "tribute", "memorial",
  "history", "past", "future", "generation", "age", "life", "death", "birth", "population",
  "census", "migrant", "refugee", "asylum", "visa", "citizen", "citizenship", "right",
  "freedom", "justice", "equality", "discrimination", "abuse", "violence", "crime",
  "theft", "fraud", "murder", "arrest", "charge", "sentence", "prison", "jail", "prisoner",
  "appeal", "ruling", "verdict", "jury", "witness", "testimony", "hearing", "session",
  "bill", "act", "amendment", "clause", "contract", "treaty", "alliance", "partner",
  "partnership", "ally", "rival", "enemy", "war", "conflict", "ceasefire", "peace",
  "army", "soldier", "troop", "weapon", "missile", "base", "mission", "operation",
  "diplomat", "embassy", "ambassador", "summit", "conference", "delegation", "envoy",
  "sanction", "tariff", "trade", "export", "import", "exporter", "currency", "dollar",
  "euro", "pound", "inflation", "interest", "saving", "household", "income", "spending",
  "consumption", "demand", "forecast", "estimate", "projection", "outlook", "quarter",
  "analyst", "economist", "expert", "adviser", "consultant", "critic", "supporter",
  "opponent", "activist", "campaigner", "volunteer", "organiser", "founder", "owner",
  "landowner", "shareholder", "stakeholder", "regulator", "watchdog", "inspector",
  "inspection", "audit", "review", "assessment", "evaluation", "analysis", "summary",
  "conclusion", "recommendation", "guidance", "advice", "warning", "alert", "notice",
  "deadline", "delay", "schedule", "timetable", "calendar", "date", "period", "decade",
  "century", "moment", "minute", "hour", "afternoon", "lunch", "dinner", "breakfast",
  "headline", "story", "article", "column", "opinion", "view", "voice", "word", "phrase",
  "language", "culture", "tradition", "custom", "heritage", "identity", "religion",
  "faith", "belief", "value", "principle", "idea", "thought", "memory", "experience",
  "skill", "talent", "training", "course", "class", "lesson", "exam", "grade", "degree",
  "diploma", "graduate", "apprentice", "career", "profession", "trade", "craft", "tool",
  "machine", "engine", "vehicle", "truck", "bicycle", "cyclist", "pedestrian", "lane",
  "motorway", "highway", "railway", "tunnel", "track", "line", "service", "ticket", "fare",
  "queue", "crowd", "delay", "accident", "crash", "collision", "injury", "emergency",
  "ambulance", "firefighter", "rescue", "search", "recovery", "relief", "aid", "donation",
  "donor", "sponsor", "backer", "bid", "offer", "price", "auction", "buyer", "seller",
  "merger", "takeover", "acquisition", "startup", "entrepreneur", "venture", "innovation",
  "patent", "invention", "prototype", "robot", "satellite", "rocket", "launch", "space",
  "planet", "moon", "sun", "star", "telescope", "observatory", "particle", "atom",
  "molecule", "gene", "cell", "protein", "brain", "heart", "lung", "blood", "body",
  "mind", "mood", "stress", "anxiety", "sleep", "diet", "exercise", "fitness", "sport",
  "athlete", "runner", "swimmer", "race", "marathon", "medal", "tournament", "final",
  "semi-final", "referee", "penalty", "score", "point", "half", "lead", "comeback",
  "follow-up", "check-in", "by-election", "cost-of-living", "know-how", "e-mail",
  "résumé", "façade", "protégé", "communiqué", "débâcle", "émigré", "fiancée", "entrée",
  "soirée", "naïveté", "rôle", "crèche", "décor", "cliché", "exposé",
};

/* Plurals that the suffix rules in make_plural() would get wrong. */
static const char * const plural_exceptions[][2] = {
  { "person", "people" }, { "child", "children" }, { "crisis", "crises" },
  { "analysis", "analyses" }, { "life", "lives" }, { "half", "halves" },
  { "fish", "fish" }, { "species", "species" }, { "data", "data" },
  { "evidence", "evidence" }, { "information", "information" }, { "advice", "advice" },
  { "guidance", "guidance" }, { "software", "software" }, { "staff", "staff" },
  { "police", "police" }, { "weather", "weather" }, { "press", "press" },
  { "headquarters", "headquarters" }, { "wildlife", "wildlife" }, { "aid", "aid" },
  { "justice", "justice" }, { "equality", "equality" }, { "freedom", "freedoms" },
  { "know-how", "know-how" }, { "cost-of-living", "cost-of-living" },
  { "naïveté", "naïveté" }, { "pollution", "pollution" }, { "heat", "heat" },
  { "nature", "nature" }, { "ice", "ice" }, { "snow", "snow" }, { "rain", "rain" },
  { "air", "air" }, { "inflation", "inflation" }, { "recycling", "recycling" },
  { "conservation", "conservation" }, { "consumption", "consumption" },
  { "spending", "spending" }, { "security", "security" }, { "energy", "energy" },
  { "technology", "technologies" }, { "internet", "internet" }, { "history", "history" },
  { "heritage", "heritage" }, { "citizenship", "citizenship" }, { "asylum", "asylum" },
  { "chief", "chiefs" }, { "peace", "peace" }, { "money", "money" }, { "health", "health" },
  { "growth", "growth" }, { "violence", "violence" }, { "training", "training" },
  { "discrimination", "discrimination" }, { "fitness", "fitness" }, { "sleep", "sleep" },
  { "opposition", "opposition" }, { "relief", "relief" }, { "coal", "coal" },
  { "bread", "bread" }, { "care", "care" }, { "support", "support" },
};

static const char * const adjectives[] = {
  "new", "local", "public", "national", "former", "major", "big", "small", "first",
  "last", "next", "early", "late", "high", "low", "long", "short", "old", "young", "large",
  "key", "main", "full", "final", "recent", "current", "political", "economic", "social",
  "financial", "international", "foreign", "domestic", "regional", "rural", "urban",
  "central", "northern", "southern", "eastern", "western", "coastal", "senior", "junior",
  "chief", "top", "leading", "independent", "private", "official", "legal", "illegal",
  "military", "civil", "medical", "mental", "physical", "environmental", "digital",
  "online", "global", "European", "American", "African", "Asian", "British", "French",
  "German", "Spanish", "Italian", "Canadian", "Australian", "Nordic", "Baltic",
  "important", "significant", "serious", "severe", "strong", "weak", "growing",
  "rising", "falling", "increasing", "declining", "sharp", "steep", "modest", "slight",
  "huge", "massive", "tiny", "limited", "wide", "broad", "narrow", "deep", "rare",
  "common", "popular", "controversial", "unusual", "unexpected", "surprising",
  "remarkable", "historic", "ancient", "modern", "traditional", "contemporary",
  "cultural", "religious", "ethnic", "diverse", "creative", "artistic", "scientific",
  "technical", "industrial", "commercial", "agricultural", "residential", "municipal",
  "federal", "provincial", "parliamentary", "presidential", "electoral", "democratic",
  "liberal", "conservative", "progressive", "radical", "moderate", "green", "red", "blue",
  "black", "white", "dark", "bright", "clear", "cold", "hot", "warm", "dry", "wet",
  "heavy", "light", "fast", "slow", "quick", "safe", "dangerous", "risky", "secure",
  "vulnerable", "poor", "rich", "wealthy", "affordable", "expensive", "cheap", "free",
  "available", "possible", "likely", "unlikely", "certain", "uncertain", "clear", "open",
  "closed", "empty", "busy", "quiet", "crowded", "remote", "isolated", "nearby",
  "neighbouring", "annual", "monthly", "weekly", "daily", "temporary", "permanent",
  "initial", "additional", "extra", "further", "total", "average", "typical", "normal",
  "special", "specific", "general", "basic", "essential", "critical", "crucial", "vital",
  "urgent", "immediate", "direct", "indirect", "personal", "individual", "collective",
  "joint", "mutual", "similar", "different", "separate", "single", "double", "entire",
  "whole", "complete", "partial", "successful", "effective", "efficient", "sustainable",
  "renewable", "clean", "dirty", "toxic", "healthy", "sick", "injured", "dead", "alive",
  "missing", "lost", "stolen", "damaged", "destroyed", "empty", "crowded", "fresh",
  "ordinary", "extraordinary", "famous", "well-known", "long-term", "short-term",
  "so-called", "high-profile", "low-income", "full-time", "part-time", "cross-border",
  "year-on-year", "state-owned", "record-breaking", "hard-won", "open-source",
  "long-awaited", "middle-class", "high-speed", "two-year", "three-day", "five-year",
  "world-class", "far-reaching", "up-to-date", "last-minute", "large-scale",
  "small-scale", "low-cost", "fast-growing", "family-run", "privately-owned", "naïve",
  "blasé", "passé", "soigné", "outré", "recherché", "frank", "honest", "angry", "happy",
  "proud", "worried", "concerned", "confident", "optimistic", "pessimistic", "cautious",
  "careful", "critical", "supportive", "hostile", "friendly", "generous", "ambitious",
  "bold", "brave", "fragile", "stable", "unstable", "volatile", "steady", "gradual",
  "sudden", "dramatic", "modest", "significant", "substantial", "considerable",
  "minor", "marginal", "notable", "striking", "obvious", "subtle", "complex", "simple",
  "difficult", "easy", "hard", "soft", "tough", "fierce", "bitter", "lengthy", "brief",
  "detailed", "thorough", "comprehensive", "preliminary", "confidential", "secret",
  "internal", "external", "online", "offline", "virtual", "real", "actual", "potential",
  "future", "previous", "former", "original", "fellow", "veteran", "experienced",
  "elderly", "disabled", "vulnerable", "homeless", "unemployed", "skilled", "unpaid",
};

/* "base past" pairs of verbs that take an object. */
static const char * const verbs[] = {
  "approve approved", "announce announced", "launch launched", "reject rejected",
  "support supported", "criticise criticised", "review reviewed", "increase increased",
  "cut cut", "raise raised", "reduce reduced", "open opened", "close closed",
  "build built", "sign signed", "win won", "lose lost", "lead led", "hold held",
  "meet met", "face faced", "find found", "make made", "take took", "give gave",
  "get got", "see saw", "leave left", "bring brought", "buy bought", "sell sold",
  "pay paid", "spend spent", "send sent", "receive received", "publish published",
  "release released", "report reported", "reveal revealed", "confirm confirmed",
  "deny denied", "question questioned", "challenge challenged", "block blocked",
  "delay delayed", "cancel cancelled", "postpone postponed", "suspend suspended",
  "ban banned", "restrict restricted", "extend extended", "expand expanded",
  "replace replaced", "remove removed", "introduce introduced", "propose proposed",
  "consider considered", "discuss discussed", "debate debated", "examine examined",
  "investigate investigated", "test tested", "track tracked", "monitor monitored",
  "measure measured", "estimate estimated", "calculate calculated", "compare compared",
  "describe described", "explain explained", "defend defended", "protect protected",
  "save saved", "rescue rescued", "help helped", "train trained", "hire hired",
  "fire fired", "appoint appointed", "elect elected", "nominate nominated",
  "endorse endorsed", "welcome welcomed", "praise praised", "thank thanked",
  "honour honoured", "attack attacked", "accuse accused", "arrest arrested",
  "charge charged", "convict convicted", "sentence sentenced", "fine fined",
  "sue sued", "appeal appealed", "overturn overturned", "uphold upheld",
  "fund funded", "finance financed", "back backed", "sponsor sponsored",
  "acquire acquired", "merge merged", "split split", "restructure restructured",
  "manage managed", "run ran", "operate operated", "control controlled",
  "own owned", "rent rented", "lease leased", "develop developed", "design designed",
  "create created", "produce produced", "manufacture manufactured", "export exported",
  "import imported", "ship shipped", "deliver delivered", "serve served",
  "offer offered", "provide provided", "supply supplied", "share shared",
  "distribute distributed", "collect collected", "gather gathered", "count counted",
  "record recorded", "document documented", "film filmed", "photograph photographed",
  "paint painted", "write wrote", "read read", "sing sang", "play played",
  "perform performed", "stage staged", "host hosted", "organise organised",
  "attend attended", "visit visited", "tour toured", "cross crossed", "enter entered",
  "reach reached", "join joined", "quit quit", "resign resigned", "retire retired",
  "recall recalled", "remember remembered", "forget forgot", "ignore ignored",
  "notice noticed", "spot spotted", "detect detected", "identify identified",
  "name named", "list listed", "rank ranked", "rate rated", "score scored",
  "beat beat", "defeat defeated", "edge edged", "overtake overtook", "pass passed",
  "miss missed", "hit hit", "damage damaged", "destroy destroyed", "flood flooded",
  "burn burned", "clear cleared", "clean cleaned", "repair repaired", "restore restored",
  "renovate renovated", "upgrade upgraded", "modernise modernised", "improve improved",
  "boost boosted", "strengthen strengthened", "weaken weakened", "undermine undermined",
  "threaten threatened", "warn warned", "urge urged", "ask asked", "tell told",
  "inform informed", "contact contacted", "call called", "email emailed",
  "interview interviewed", "survey surveyed", "poll polled", "study studied",
  "analyse analysed", "model modelled", "predict predicted", "forecast forecast",
  "expect expected", "plan planned", "schedule scheduled", "prepare prepared",
  "complete completed", "finish finished", "start started", "begin began",
  "resume resumed", "continue continued", "maintain maintained", "keep kept",
  "secure secured", "guarantee guaranteed", "promise promised", "pledge pledged",
  "commit committed", "invest invested", "allocate allocated", "divert diverted",
  "freeze froze", "unveil unveiled", "adopt adopted", "amend amended", "pass passed",
  "veto vetoed", "scrap scrapped", "abandon abandoned", "revive revived",
  "negotiate negotiated", "broker brokered", "settle settled", "resolve resolved",
  "address addressed", "tackle tackled", "handle handled", "cover covered",
  "include included", "exclude excluded", "affect affected", "hurt hurt",
  "benefit benefited", "reward rewarded", "shape shaped", "change changed",
  "transform transformed", "reshape reshaped", "redesign redesigned",
  "co-operate co-operated", "co-author co-authored", "re-open re-opened",
  "fast-track fast-tracked", "double-check double-checked",
};

/* Verbs that take "to" and a bare verb after them. */
static const char * const catenative_verbs[] = {
  "wanted", "agreed", "refused", "promised", "failed", "decided", "voted", "hoped",
  "threatened", "tried", "declined", "planned", "pledged", "vowed", "offered",
  "attempted", "sought", "managed", "chose", "moved",
};

static const char * const modals[] = {
  "will", "would", "could", "may", "might", "should", "must", "cannot", "can",
};

static const char * const adverbs[] = {
  "also", "recently", "already", "still", "formally", "publicly", "quietly", "finally",
  "reportedly", "repeatedly", "narrowly", "unanimously", "sharply", "steadily", "largely",
  "briefly", "initially", "eventually", "officially", "openly", "strongly", "firmly",
  "widely", "partly", "directly", "privately", "jointly", "gradually", "suddenly",
  "effectively", "successfully", "temporarily", "permanently", "previously",
  "originally", "apparently", "reluctantly", "swiftly", "cautiously", "heavily",
  "deliberately", "quickly", "slowly", "carefully", "fully", "partially", "simply",
  "nearly", "almost", "barely", "hardly", "clearly", "certainly", "probably",
  "possibly", "allegedly", "secretly", "voluntarily", "independently", "separately",
  "collectively", "routinely", "regularly", "occasionally", "rarely", "frequently",
  "consistently", "dramatically", "significantly", "substantially", "marginally",
  "modestly", "broadly", "generally", "typically", "ultimately", "subsequently",
};

/* Adverbs that can close a sentence on their own. */
static const char * const final_adverbs[] = {
  "today", "yesterday", "again", "recently", "too", "abroad", "instead", "later",
  "overnight", "nationwide", "locally", "online", "afterwards", "earlier", "since",
  "anyway", "regardless", "meanwhile", "together", "elsewhere",
};

static const char * const prepositions[] = {
  "in", "of", "for", "on", "at", "with", "from", "by", "after", "over", "under", "against",
  "during", "across", "between", "without", "within", "before", "despite", "through",
  "around", "near", "beyond", "towards", "among", "amid", "behind", "outside", "inside",
  "following", "along", "into", "onto", "beside", "throughout", "via", "per", "alongside",
};

/* Prepositions that sit well before a year. */
static const char * const year_prepositions[] = {
  "in", "since", "by", "until", "before", "after", "from", "during", "throughout",
};

static const char * const conjunctions[] = {
  "and", "but", "while", "as", "although", "because", "after", "before", "since", "so",
  "yet", "though", "when", "whereas", "until", "unless", "once",
};

static const char * const singular_determiners[] = {
  "the", "a", "this", "its", "their", "that", "every", "another", "each", "no", "one",
  "our", "his", "her", "any",
};

static const char * const plural_determiners[] = {
  "the", "some", "many", "several", "these", "their", "those", "most", "all", "few",
  "other", "two", "three", "both", "such", "more", "fewer", "our",
};

static const char * const number_qualifiers[] = {
  "about", "nearly", "almost", "over", "around", "roughly", "some", "only", "just",
  "approximately", "at",
};

static const char * const reporting_verbs[] = {
  "said", "added", "warned", "explained", "insisted", "argued", "noted", "recalled",
  "admitted", "wrote", "told", "claimed", "stressed", "suggested", "acknowledged",
};

static const char * const titles[] = {
  "Dr", "Professor", "Mayor", "Senator", "Judge", "Minister", "Inspector", "Councillor",
  "Governor", "Chancellor", "Commissioner", "Captain", "Ambassador", "Sergeant",
  "Reverend", "Coach",
};

static const char * const first_names[] = {
  "Maria", "James", "Anna", "David", "Sarah", "Michael", "Laura", "John", "Elena", "Peter",
  "Sofia", "Thomas", "Emma", "Daniel", "Julia", "Martin", "Hannah", "Paul", "Clara",
  "Robert", "Amira", "Lucas", "Fatima", "Oliver", "Grace", "Ahmed", "Chloé", "Mateo",
  "Zoë", "Liam", "Noor", "Ravi", "Priya", "Kenji", "Yuki", "Olga", "Ivan", "Ingrid",
  "Lars", "Björn", "Astrid", "Siobhán", "Seán", "Niamh", "Eoin", "François", "Hélène",
  "José", "Inés", "Andrés", "Raúl", "João", "Renée", "Noël", "Zoltán", "Dagmar",
  "Tomasz", "Agnieszka", "Kwame", "Amara", "Chidi", "Thandiwe", "Mei", "Wei", "Hyun",
  "Min-jun", "Jean-Luc", "Anne-Marie", "Kai", "Leila", "Omar", "Yara", "Samuel",
  "Ruth", "Victor", "Alice", "Henry", "Rosa", "Felix", "Nina", "Oscar", "Iris", "Hugo",
  "Greta", "Tobias", "Marta", "Carlos", "Lucía", "Diego", "Ana", "Pedro", "Beatriz",
  "Giulia", "Marco", "Francesca", "Luca", "Katarzyna", "Piotr", "Mariam", "Tariq",
  "Deborah", "Frank", "Helen", "George", "Margaret", "Edward", "Catherine", "Simon",
};

static const char * const last_names[] = {
  "Okafor", "Smith", "García", "Müller", "Jensen", "Nakamura", "Kowalski", "Dubois",
  "Rossi", "Brown", "Nguyen", "Patel", "Andersson", "O'Brien", "MacLeod", "Fernández",
  "López", "Schröder", "Novák", "Dvořák", "Łukasik", "Wójcik", "Østergaard", "Åberg",
  "Björk", "Lindqvist", "Moreau", "Lefèvre", "Côté", "Pereira", "Gonçalves", "Conceição",
  "Kim", "Park", "Chen", "Wang", "Li", "Tanaka", "Sato", "Singh", "Sharma", "Khan",
  "Hassan", "Ali", "Mensah", "Boateng", "Adeyemi", "Mwangi", "Verhoeven", "Dekker",
  "Jansen", "Bakker", "Peeters", "Horvath", "Kovács", "Popescu", "Ionescu", "Petrov",
  "Ivanova", "Kuznetsov", "Papadopoulos", "Yilmaz", "Demir", "Cohen", "Levi", "Haddad",
  "Mansour", "Walker", "Taylor", "Wilson", "Evans", "Thomas", "Roberts", "Johnson",
  "Williams", "Jones", "Davies", "Hughes", "Edwards", "Clarke", "Wright", "Green",
  "Hall", "Wood", "Harris", "Martin", "Jackson", "Thompson", "White", "Lewis", "Young",
  "Allen", "King", "Scott", "Baker", "Adams", "Mitchell", "Campbell", "Anderson",
  "Stewart", "Murray", "Quinn", "Kelly", "Byrne", "Ryan", "Doyle", "Nolan", "Fischer",
  "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein",
  "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann",
  "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Ortega-Lind",
  "Smith-Jones", "Al-Rashid", "Ben-David", "Saint-Clair",
};

static const char * const places[] = {
  "London", "Paris", "Berlin", "Madrid", "Rome", "Lisbon", "Dublin", "Brussels",
  "Amsterdam", "Vienna", "Prague", "Warsaw", "Budapest", "Athens", "Stockholm", "Oslo",
  "Copenhagen", "Helsinki", "Tallinn", "Riga", "Vilnius", "Zürich", "Geneva", "Kraków",
  "Gdańsk", "Łódź", "Málaga", "Córdoba", "Cádiz", "Reykjavík", "Bogotá", "Montréal",
  "Québec", "Düsseldorf", "Malmö", "Tromsø", "Göteborg", "Besançon", "Nîmes", "Curaçao",
  "Brașov", "Plzeň", "Toronto", "Chicago", "Boston", "Seattle", "Denver", "Atlanta",
  "Sydney", "Melbourne", "Auckland", "Wellington", "Nairobi", "Lagos", "Accra", "Dakar",
  "Cairo", "Tunis", "Istanbul", "Ankara", "Beirut", "Amman", "Dubai", "Mumbai", "Delhi",
  "Karachi", "Dhaka", "Bangkok", "Jakarta", "Manila", "Tokyo", "Osaka", "Seoul",
  "Beijing", "Shanghai", "Singapore", "Lima", "Santiago", "Quito", "Caracas", "Havana",
  "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Canada", "Kenya", "Nigeria",
  "Ghana", "Egypt", "India", "Japan", "Korea", "Vietnam", "Indonesia", "Australia",
  "Norway", "Sweden", "Finland", "Denmark", "Iceland", "Ireland", "Scotland", "Wales",
  "Portugal", "Spain", "France", "Germany", "Italy", "Greece", "Poland", "Austria",
  "Switzerland", "Belgium", "Europe", "Asia", "Africa", "Scandinavia", "Brittany",
  "Bavaria", "Catalonia", "Andalusia", "Galicia", "Lombardy", "Tuscany", "Provence",
  "Normandy", "Flanders", "Silesia", "Transylvania", "Patagonia",
};

/* Invented outlets; each one's URL host is its name in lower case with dashes. */
static const char * const outlets[] = {
  "The Harbour Ledger", "Northfield Courier", "Riverside Gazette", "The Daily Lantern",
  "Eastbrook Herald", "Valley Morning Post", "The Civic Observer", "Coastline Times",
  "Granite City Chronicle", "The Meridian Review", "Pinewood Sentinel", "Lakeside Record",
  "The Evening Compass", "Highland Dispatch", "Metro Wire Daily", "The Weekly Almanac",
  "Southgate Tribune", "The Open Column", "Westmarch Bulletin", "Crossroads Journal",
  "The Quarry Reporter", "Amber Coast News", "The Lighthouse Monitor", "Ironbridge Echo",
  "Saltmarsh Standard", "The Hilltop Voice", "Copperfield Press", "Bayview Examiner",
  "The Northern Gazette", "Midland Evening News", "The Capital Register",
  "Orchard County Times", "Ferryport Mail", "The Plainsman", "Silverlake Courier",
  "The Market Square", "Redcliff Observer", "Foxhollow Herald", "The Tidewater Star",
  "Kingsgate Chronicle", "Maple Street Journal", "The Border Telegraph",
  "Stonebridge Post", "Windmill Weekly", "The Atlas Report", "Cedar Falls Ledger",
  "The Continental Review", "Bellhaven Sun", "Oakmere Daily", "The Newsroom Quarterly",
};

static const char * const authors[] = {
  "Maria Okafor", "James Whitfield", "Anna Lindqvist", "David Mensah", "Sarah Kowalski",
  "Michael Duarte", "Laura Fischer", "John Adeyemi", "Elena Rossi", "Peter Nakamura",
  "Sofia García", "Thomas Byrne", "Emma Haddad", "Daniel Novák", "Julia Schröder",
  "Martin Østergaard", "Hannah Cohen", "Paul Lefèvre", "Clara Pereira", "Robert Singh",
  "Amira Mansour", "Lucas Moreau", "Fatima Khan", "Oliver Quinn", "Grace Boateng",
  "Ahmed Hassan", "Chloé Dubois", "Mateo Fernández", "Zoë Hartmann", "Liam O'Brien",
  "Noor Al-Rashid", "Ravi Sharma", "Priya Patel", "Kenji Tanaka", "Yuki Sato",
  "Olga Petrov", "Ivan Kuznetsov", "Ingrid Åberg", "Lars Jensen", "Björn Ekström",
  "Astrid Björk", "Siobhán Kerrigan", "Seán Doyle", "Niamh Nolan", "Eoin MacLeod",
  "François Delacroix-Brun", "Hélène Côté", "José Ortega-Lind", "Inés López",
  "Andrés Gonçalves", "Raúl Conceição", "João Pereira", "Renée Saint-Clair",
  "Noël Moreau", "Zoltán Kovács", "Dagmar Köhler", "Tomasz Wójcik", "Agnieszka Łukasik",
  "Kwame Mensah", "Amara Mwangi", "Chidi Okafor", "Thandiwe Dlamini", "Mei Chen",
  "Wei Wang", "Hyun Park", "Min-jun Kim", "Jean-Luc Peeters", "Anne-Marie Jansen",
  "Kai Andersson", "Leila Haddad", "Omar Demir", "Yara Ben-David", "Samuel Walker",
  "Ruth Taylor", "Victor Popescu", "Alice Wright", "Henry Clarke", "Rosa Ionescu",
  "Felix Weber", "Nina Horvath", "Oscar Lindgren", "Iris De Vries", "Hugo Bakker",
  "Greta Neumann", "Tobias Richter", "Marta Dvořák", "Carlos Ortega", "Lucía Romero",
  "Diego Salazar", "Ana Ribeiro", "Pedro Alves", "Beatriz Nunes", "Giulia Bianchi",
  "Marco Esposito", "Francesca Romano", "Luca Ferrari", "Katarzyna Zielińska",
  "Piotr Nowak", "Mariam Yilmaz", "Tariq Rahman", "Deborah Levi", "Frank Hughes",
  "Helen Edwards", "George Mitchell", "Margaret Campbell", "Edward Stewart",
  "Catherine Murray", "Simon Kelly", "Rachel Ryan", "Ben Allen", "Lucy King",
  "Adam Scott", "Megan Baker", "Nathan Adams", "Chloe Evans", "Jack Roberts",
  "Isabel Thompson", "Ella Harris", "Sam Young", "Joe Lewis", "Kate Wilson",
};

typedef struct
{
  guint64 n_articles;
  guint64 body_bytes;
  guint64 body_words;
  guint64 json_bytes;
} Totals;

/* Word lists */

/* Zipf-Mandelbrot weights 1 / (rank + 2.7): the classic shape of word frequencies, with
 * the first words common but not overwhelming. */
static void
word_list_init (WordList           *list,
                const char * const *words,
                guint               n_words)
{
  g_autofree double *cumulative = g_new (double, n_words);
  double total = 0.0;
  guint rank = 0;

  g_assert (n_words > 0 && n_words <= G_MAXUINT16);

  for (guint i = 0; i < n_words; i++)
    {
      total += 1.0 / (i + 2.7);
      cumulative[i] = total;
    }

  list->words = words;
  list->n_words = n_words;
  list->table = g_new (guint16, ZIPF_TABLE_SIZE);

  for (guint slot = 0; slot < ZIPF_TABLE_SIZE; slot++)
    {
      double quantile = (slot + 0.5) / ZIPF_TABLE_SIZE * total;

      while (rank + 1 < n_words && cumulative[rank] < quantile)
        rank++;
      list->table[slot] = (guint16)rank;
    }
}

static void
word_list_clear (WordList *list)
{
  g_clear_pointer (&list->table, g_free);
}

guint
draw_rank (Generator      *gen,
           const WordList *list)
{
  return list->table[g_rand_int (gen->rand) >> (32 - ZIPF_TABLE_BITS)];
}

const char *
draw_word (Generator      *gen,
           const WordList *list)
{
  return list->words[draw_rank (gen, list)];
}

/* Returns TRUE with the given probability in percent. */
gboolean
chance (Generator *gen,
        guint      percent)
{
  return g_rand_int_range (gen->rand, 0, 100) < (gint32)percent;
}

guint
between (Generator *gen,
         guint      low,
         guint      high)
{
  return (guint)g_rand_int_range (gen->rand, (gint32)low, (gint32)high + 1);
}

static char *
make_plural (const char *noun)
{
  gsize len = strlen (noun);
  char last = noun[len - 1];
  char before_last = len > 1 ? noun[len - 2] : '\0';

  for (guint i = 0; i < G_N_ELEMENTS (plural_exceptions); i++)
    if (strcmp (noun, plural_exceptions[i][0]) == 0)
      return g_strdup (plural_exceptions[i][1]);

  if (last == 's' || last == 'x' || last == 'z' ||
      (last == 'h' && (before_last == 'c' || before_last == 's')))
    return g_strconcat (noun, "es", NULL);

  if (last == 'y' && strchr ("aeiou", before_last) == NULL)
    return g_strdup_printf ("%.*sies", (int)(len - 1), noun);

  return g_strconcat (noun, "s", NULL);
}

/* "The Harbour Ledger" → "the-harbour-ledger": outlet names are plain ASCII on purpose. */
static char *
make_slug (const char *name)
{
  GString *slug = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }

  return g_string_free (slug, FALSE);
}

static void
generator_init (Generator *gen,
                guint32    seed)
{
  memset (gen, 0, sizeof *gen);

  gen->rand = g_rand_new_with_seed (seed);
  gen->text = g_string_sized_new (32 * 1024);

  gen->nouns = g_new (Noun, G_N_ELEMENTS (nouns));
  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    {
      gen->nouns[i].singular = nouns[i];
      gen->nouns[i].plural = make_plural (nouns[i]);
    }

  gen->verbs = g_new (Verb, G_N_ELEMENTS (verbs));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      const char *space = strchr (verbs[i], ' ');

      g_assert (space != NULL);
      gen->verbs[i].base = g_strndup (verbs[i], (gsize)(space - verbs[i]));
      gen->verbs[i].past = space + 1;
    }

  gen->outlet_slugs = g_new0 (char *, G_N_ELEMENTS (outlets) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    gen->outlet_slugs[i] = make_slug (outlets[i]);

#define INIT_LIST(list, array) word_list_init (&gen->list, array, G_N_ELEMENTS (array))
  INIT_LIST (noun_list, nouns);
  INIT_LIST (adjective_list, adjectives);
  INIT_LIST (verb_list, verbs);
  INIT_LIST (catenative_list, catenative_verbs);
  INIT_LIST (modal_list, modals);
  INIT_LIST (adverb_list, adverbs);
  INIT_LIST (final_adverb_list, final_adverbs);
  INIT_LIST (preposition_list, prepositions);
  INIT_LIST (year_preposition_list, year_prepositions);
  INIT_LIST (conjunction_list, conjunctions);
  INIT_LIST (singular_determiner_list, singular_determiners);
  INIT_LIST (plural_determiner_list, plural_determiners);
  INIT_LIST (number_qualifier_list, number_qualifiers);
  INIT_LIST (reporting_verb_list, reporting_verbs);
  INIT_LIST (title_list, titles);
  INIT_LIST (first_name_list, first_names);
  INIT_LIST (last_name_list, last_names);
  INIT_LIST (place_list, places);
  INIT_LIST (outlet_list, outlets);
  INIT_LIST (author_list, authors);
#undef INIT_LIST
}

static void
generator_clear (Generator *gen)
{
  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    g_free ((char *)gen->nouns[i].plural);
  g_clear_pointer (&gen->nouns, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    g_free ((char *)gen->verbs[i].base);
  g_clear_pointer (&gen->verbs, g_free);

  g_clear_pointer (&gen->outlet_slugs, g_strfreev);

  word_list_clear (&gen->noun_list);
  word_list_clear (&gen->adjective_list);
  word_list_clear (&gen->verb_list);
  word_list_clear (&gen->catenative_list);
  word_list_clear (&gen->modal_list);
  word_list_clear (&gen->adverb_list);
  word_list_clear (&gen->final_adverb_list);
  word_list_clear (&gen->preposition_list);
  word_list_clear (&gen->year_preposition_list);
  word_list_clear (&gen->conjunction_list);
  word_list_clear (&gen->singular_determiner_list);
  word_list_clear (&gen->plural_determiner_list);
  word_list_clear (&gen->number_qualifier_list);
  word_list_clear (&gen->reporting_verb_list);
  word_list_clear (&gen->title_list);
  word_list_clear (&gen->first_name_list);
  word_list_clear (&gen->last_name_list);
  word_list_clear (&gen->place_list);
  word_list_clear (&gen->outlet_list);
  word_list_clear (&gen->author_list);

  g_string_free (gen->text, TRUE);
  g_rand_free (gen->rand);
}

/* JSON */

static void
append_json_string (GString    *out,
                    const char *text,
                    gsize       len)
{
  const char *end = text + len;
  const char *run = text;

  g_string_append_c (out, '"');

  for (const char *p = text; p < end; p++)
    {
      guchar c = (guchar)*p;
      const char *escape;
      char control[8];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;

      switch (c)
        {
        case '"':
          escape = "\\\"";
          break;

        case '\\':
          escape = "\\\\";
          break;

        case '\n':
          escape = "\\n";
          break;

        case '\t':
          escape = "\\t";
          break;

        case '\r':
          escape = "\\r";
          break;

        default:
          g_snprintf (control, sizeof control, "\\u%04x", c);
          escape = control;
          break;
        }

      g_string_append (out, escape);
    }

  g_string_append_len (out, run, end - run);
  g_string_append_c (out, '"');
}

static void
append_json_member (GString    *out,
                    const char *name,
                    const char *value)
{
  g_string_append_c (out, out->len > 1 ? ',' : '{');
  append_json_string (out, name, strlen (name));
  g_string_append_c (out, ':');
  append_json_string (out, value, strlen (value));
}

static char *
format_published (Generator *gen)
{
  gint64 seconds = FIRST_PUBLISHED +
                   (gint64)(g_rand_double (gen->rand) * (double)(END_PUBLISHED - FIRST_PUBLISHED));
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (seconds);

  return g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ");
}

/* Builds one article as a single line of JSON (no newline) in @json. */
static void
generate_article (Generator *gen,
                  guint      number,
                  GString   *json,
                  Totals    *totals)
{
  g_autofree char *id = g_strdup_printf ("gen-%06u", number);
  g_autofree char *title = NULL;
  g_autofree char *published = NULL;
  g_autofree char *url = NULL;
  guint outlet = draw_rank (gen, &gen->outlet_list);
  guint first_author = draw_rank (gen, &gen->author_list);
  guint second_author = first_author;
  guint n_words;

  g_string_truncate (json, 0);

  generate_title (gen);
  title = g_strdup (gen->text->str);

  published = format_published (gen);
  url = g_strdup_printf ("https://%s.example/%.4s/%.2s/%s", gen->outlet_slugs[outlet],
                         published, published + 5, id);

  if (chance (gen, 30))
    while (second_author == first_author)
      second_author = draw_rank (gen, &gen->author_list);

  append_json_member (json, "id", id);
  append_json_member (json, "title", title);
  append_json_member (json, "source", outlets[outlet]);

  g_string_append (json, ",\"authors\":[");
  append_json_string (json, authors[first_author], strlen (authors[first_author]));
  if (second_author != first_author)
    {
      g_string_append_c (json, ',');
      append_json_string (json, authors[second_author], strlen (authors[second_author]));
    }
  g_string_append_c (json, ']');

  append_json_member (json, "url", url);
  append_json_member (json, "published", published);
  append_json_member (json, "language", "en");

  n_words = between (gen, MIN_BODY_WORDS, MAX_BODY_WORDS);
  generate_body (gen, n_words);
  g_string_append (json, ",\"body\":");
  append_json_string (json, gen->text->str, gen->text->len);
  g_string_append_c (json, '}');

  totals->n_articles++;
  totals->body_bytes += gen->text->len;
  totals->body_words += n_words;
}

/* Output */

static gboolean
write_all (FILE        *stream,
           const char  *data,
           gsize        len,
           const char  *name,
           GError     **error)
{
  if (fwrite (data, 1, len, stream) != len)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot write %s: %s", name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* The article is complete in memory, so one fwrite per file is all the buffering needed. */
static gboolean
write_article_file (const char  *path,
                    GString     *json,
                    GError     **error)
{
  FILE *stream = g_fopen (path, "wb");
  gboolean ok;

  if (stream == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot create %s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  ok = write_all (stream, json->str, json->len, path, error);
  if (fclose (stream) != 0 && ok)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot write %s: %s", path, g_strerror (saved_errno));
      ok = FALSE;
    }

  return ok;
}

static gboolean
make_folder (const char  *path,
             GError     **error)
{
  if (g_mkdir_with_parents (path, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot create the folder %s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
generate_corpus (const char  *out_dir,
                 guint32      seed,
                 guint        count,
                 guint        files_per_dir,
                 Totals      *totals,
                 GError     **error)
{
  g_autofree char *files_dir = g_build_filename (out_dir, "files", NULL);
  g_autofree char *jsonl_path = g_build_filename (out_dir, "articles.jsonl", NULL);
  g_autofree char *jsonl_buffer = NULL;
  g_autoptr(GString) json = g_string_sized_new (64 * 1024);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GString) folder = g_string_new (NULL);
  Generator gen;
  FILE *jsonl;
  gboolean ok = TRUE;

  /* Writing into an old corpus would silently mix two corpora in one folder. */
  if (g_file_test (files_dir, G_FILE_TEST_EXISTS) ||
      g_file_test (jsonl_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                   "%s already holds a corpus; remove it or choose another --out", out_dir);
      return FALSE;
    }

  if (!make_folder (files_dir, error))
    return FALSE;

  jsonl = g_fopen (jsonl_path, "wb");
  if (jsonl == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot create %s: %s", jsonl_path, g_strerror (saved_errno));
      return FALSE;
    }
  jsonl_buffer = g_malloc (JSONL_BUFFER_SIZE);
  setvbuf (jsonl, jsonl_buffer, _IOFBF, JSONL_BUFFER_SIZE);

  generator_init (&gen, seed);

  for (guint i = 0; i < count && ok; i++)
    {
      guint number = i + 1;

      if (i % files_per_dir == 0)
        {
          g_string_printf (folder, "%s" G_DIR_SEPARATOR_S "%03u", files_dir, i / files_per_dir);
          ok = make_folder (folder->str, error);
          if (!ok)
            break;
        }

      generate_article (&gen, number, json, totals);
      g_string_append_c (json, '\n');
      totals->json_bytes += json->len;

      g_string_printf (path, "%s" G_DIR_SEPARATOR_S "article-%06u.json", folder->str, number);
      ok = write_article_file (path->str, json, error) &&
           write_all (jsonl, json->str, json->len, jsonl_path, error);
    }

  generator_clear (&gen);

  if (fclose (jsonl) != 0 && ok)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot write %s: %s", jsonl_path, g_strerror (saved_errno));
      ok = FALSE;
    }

  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out_dir = NULL;
  gint64 seed = 1;
  int count = 100000;
  int files_per_dir = 1000;
  Totals totals = { 0 };
  gint64 start;
  const GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the random generator (default 1)", "N" },
    { "count", 0, 0, G_OPTION_ARG_INT, &count, "Number of articles (default 100000)", "N" },
    { "files-per-dir", 0, 0, G_OPTION_ARG_INT, &files_per_dir,
      "Article files per subfolder (default 1000)", "N" },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out_dir, "Folder to write the corpus into", "DIR" },
    { NULL }
  };

  context = g_option_context_new ("- write a benchmark corpus of NewsDesk articles");
  g_option_context_set_description (context,
    "Writes DIR/files/NNN/article-NNNNNN.json (one article per file) and\n"
    "DIR/articles.jsonl (the same articles, one per line). The same seed always\n"
    "gives byte-identical output.");
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("nd-gen-corpus: %s\n", error->message);
      return 2;
    }

  if (out_dir == NULL || argc > 1)
    {
      g_printerr ("nd-gen-corpus: usage: nd-gen-corpus [--seed=N] [--count=N] "
                  "[--files-per-dir=N] --out=DIR\n");
      return 2;
    }

  if (seed < 0 || seed > G_MAXUINT32 || count < 1 || files_per_dir < 1)
    {
      g_printerr ("nd-gen-corpus: --seed must be 0 to %u, --count and --files-per-dir "
                  "at least 1\n", G_MAXUINT32);
      return 2;
    }

  start = g_get_monotonic_time ();

  if (!generate_corpus (out_dir, (guint32)seed, (guint)count, (guint)files_per_dir,
                        &totals, &error))
    {
      g_printerr ("nd-gen-corpus: %s\n", error->message);
      return 1;
    }

  g_print ("corpus: %s (seed %" G_GINT64_FORMAT ", %.1f s)\n", out_dir, seed,
           (g_get_monotonic_time () - start) / 1e6);
  g_print ("json bytes: %" G_GUINT64_FORMAT " (per copy)\n", totals.json_bytes);
  g_print ("body words: %" G_GUINT64_FORMAT "\n", totals.body_words);
  g_print ("articles: %" G_GUINT64_FORMAT "\n", totals.n_articles);
  g_print ("body bytes: %" G_GUINT64_FORMAT " (%.1f MB)\n", totals.body_bytes,
           totals.body_bytes / 1e6);

  return 0;
}
