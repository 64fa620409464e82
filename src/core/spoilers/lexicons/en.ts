// English: the conventions of film blogs, Substack, Letterboxd, Reddit-style writing.
import type { Lexicon } from "./types";

const PARAGRAPH = "(paragraph|part|bit|passage|portion)";
const PARAGRAPHS = "(paragraphs|parts|bits|passages)";
const CONTAIN = "(contains|contain|has|have|includes|include|discusses|is|are)";
const SPOILERS = "(spoilers|spoiler)";
const ENDING = "(the ending|the twist|the twists|the finale|the final act|the climax|the final twist)";

export const en: Lexicon = {
  openers: [
    `${SPOILERS} (ahead|below|follow|follows|following|from here|from here on|from here on out|incoming|begin|begin here|start here|coming|coming up|inside|abound|galore|ahoy)`,
    "(entering|into|enter) spoiler (territory|zone)", "spoiler territory", "(entering|into) spoiler (territory|zone) (now|here)",
    `(warning|caution|beware|heads up|here be|here are|here come|fair warning) (of |for |)${SPOILERS}`,
    `(time for|now for|on to|onto|let's talk|lets talk|let's get into|let's dive into|getting into|let's discuss|moving on to) (the |some |)${SPOILERS}`,
    "(look away now|avert your eyes|avert your eyes now|turn back now|stop reading here|stop reading now|read no further|proceed at your own risk)",
    "(after|past|below|beyond) the jump", "(below|under|beneath) the cut",
    "(here be twists|twists ahead|ending discussed|ending discussion ahead|ending spoilers|endgame spoilers)",
    `(this|the) (review|post|piece|article|essay|recap|newsletter|video|episode|breakdown|write up|writeup) (discusses|reveals|gives away|covers|talks about|spoils|goes into|dives into|describes|details|gets into|gets into|explains) ${ENDING}`,
    `(spoiler|spoilers) time`, "(i'm|i am|we're|we are) (spoiling|going to spoil|about to spoil|gonna spoil) (things|everything|it|it all|the ending|stuff|the twist)", "(here's where|here is where|this is where|now|let me|time to) (i |we |)(spoil|spoils) (everything|it all|the ending|the twist|the whole thing|the movie|the film|the show)",
    "consider this (your|a|the|my) (spoiler warning|warning)",
    "(read on|continue|keep reading|proceed|scroll down) only if you (have|ve|'ve) (seen|watched|finished) (it|the film|the movie|the show|the series|the finale|the episode|the season)",
    `everything (below|after this|that follows|from here|from here on|past this point) (is|are) (a |)(spoiler|spoilers|spoilery)`,
    "(this|the) (review|post|entry) (may contain|contains|contain|may include) (spoilers|spoiler)",
    "(i'm going to|i am going to|i'll|i will|i'm gonna|time to|about to) spoil (everything|it all|the ending|the twist|the whole thing|the whole movie|the whole film)",
    "(this|the) (recap|article|newsletter|piece|essay|issue|episode recap|breakdown|explainer) (may contain|contains|contain|may include|includes) (spoilers|spoiler)", "(about to get into|about to dive into|getting into|about to talk) (spoilers|spoiler)", "(plot details|plot points|story details|ending details|plot specifics) (follow|ahead|below|from here)",
  ],
  warnings: ["(spoiler|spoilers) (warning|warnings|alert|alerts|alarm|notice)", "(spoiler|spoilers) (highlight to read|highlight to reveal|select to read|select to reveal)"],
  closers: [
    `end (of |)(the |)${SPOILERS}`, "(spoilers|spoiler) (end|ended|ends|over|done|finished|complete|end here|are over|are done|section over|section ends|zone ends)",
    "(back|return|returning|resume|resuming|go back|going back) to (the |our |)(non spoiler|non spoilery|spoiler free|spoilerless)",
    "no more spoilers", "(spoiler free|spoiler safe|safe) (from here|again|from now on|to read|to continue|to resume|to read again|to come back)",
    "safe to (look|read|come back) again", "(everyone|everybody) can (read|look|come back) again", "(back out of|out of|leaving|exiting|we re out of|we are out of) spoiler (territory|zone)", "end (of |)(the |)(ending|twist|finale) (discussion|talk|section)", "end (of |)(the |)(alert|warning)", `end (of |)(the |)${SPOILERS} (alert|warning)`,
    "(for those|for anyone|to those|to anyone|if you|you) (who |)(skipped|jumped|scrolled) (ahead|down|over|past)", "welcome back",
    "(that's it|that is it|that's all|that is all|enough|done) (for|with) (the |)(spoilers|spoiler|spoiling)",
    "(sirens off|siren off|alarm off|alarms off|you're safe|you are safe|you can take your fingers out|fingers out|take your fingers out|you can look again|you can open your eyes)",
  ],
  closingLines: [],
  scoped: [
    ["(this|these) (paragraph|part|bit|passage|portion)", "this 1 p"],
    ["(the next|next|the following|this next) (paragraph|part|bit|passage|portion)", "next 1 p"],
    // A thread crossposted as paragraphs: "3/5 spoilers in the next one".
    ["(the next|next) (one|post|tweet|toot|skeet)", "next 1 p"],
    ["(the next|next|the following) {n} (paragraphs|parts|bits|passages)", "next {n} p"],
    ["(this|this whole) (section|chapter)", "this s"],
    ["(the next|next|the following) (section|chapter)", "next s"],
    ["(highlight|select|select the text|drag|drag over the text|hover) to (read|reveal|see)", "this 1 l"],
  ],
  labels: [
    "spoiler", "spoilers", "spoilery", "spoiler y", "spoilerish", "(spoiler-heavy|spoilers-heavy)",
    // Names who the part is for, as a label names what it holds: a marker on a line of its own or
    // before a colon ("For those who have seen it:"), never inside a sentence ("For those who have
    // seen the original, the remake feels familiar").
    "(for|only for|this next part is for|this part is for|this section is for|the rest is for) (those|people|anyone|readers|viewers|everyone) who (have|ve|'ve|already) (seen|watched|finished) (it|the film|the movie|the show|the series|the finale|the episode|the season|already)",
  ],
  tags: [
    "(contains|contain|with|includes|include|full of|has|have|may contain|will contain|might contain|discusses|is|are|there are|there will be) spoilers",
    "spoiler review", "spoiler filled", "(spoiler|spoilers) (discussion|talk|chat|recap|breakdown|podcast)", "spoiler filled (review|recap|discussion|breakdown|analysis)", "spoilers inside", "spoilers included",
    "(spoiler-heavy|spoilers-heavy) (review|recap|discussion|breakdown|analysis)",
  ],
  titleTags: [],
  qualifiers: [
    "mild", "minor", "small", "slight", "light", "major", "massive", "huge", "big", "heavy", "serious", "full", "plot",
    "story", "possible", "potential", "some", "vague", "general", "significant", "key",
  ],
  lineWords: [
    "warning", "caution", "beware", "heads up", "note", "obviously", "of course", "galore", "ahoy", "included", "throughout",
    "everywhere", "inside", "section", "discussion", "talk", "zone", "territory", "alert", "ending", "the ending", "ahead", "below", "and",
    "this", "review", "post", "entry", "piece", "article", "essay", "the following", "what follows", "the rest of", "here", "obvs",
    "time", "again", "sorry", "once more", "more", "even more", "some more",
    "until the end of this section", "to the end of this section", "until the end of this entry", "until the end of the day", "for the rest of this section", "recap", "newsletter", "issue", "episode", "thread", "edition", "breakdown", "explainer", "highlight to read", "highlight to reveal", "select to read", "select the text to read", "read at your own risk", "at your own risk",
  ],
  topics: ["for", "about", "regarding", "concerning", "re", "of", "on"],
  verbs: ["are", "is", "was", "were", "have", "has", "had", "get", "got", "ruin", "ruins", "ruined", "can", "will", "should", "do", "make", "makes", "be", "don t"],
  directions: [
    "ahead", "below", "follow", "follows", "following", "the following", "what follows", "from here", "from here on", "from this point",
    "incoming", "coming up", "under the cut", "below the cut", "after the cut", "under the readmore", "below the readmore", "under the read more", "below the read more", "under the fold", "below the fold", "let's", "lets", "that's where i have to", "that's where i", "i have to", "i need to", "i've got to", "i must", "we have to", "i'm going to", "i am going to", "i'll", "i will", "we need to", "time to", "now to", "moving on to",
    "beyond this point", "past this point", "after this point", "after the trailer", "after the break", "after the image", "about to", "here's where", "here is where", "this is where", "the rest of this review", "the rest of this post", "the rest of this piece", "the rest of this article",
  ],
  reveals: [
    `(discusses|discuss|discussing|reveals|reveal|revealing|gives away|give away|describes|covers|talks about|talk about|talking about|goes into|go into|dives into|dive into|spells out|gets into|get into) ${ENDING}`,
    "(discusses|discuss|discussing|reveals|reveal|talk about|talking about|get into|dive into) (that ending|that twist|that finale|the big twist|the final scene|the last scene)",
    "(what happens|what happened|what really happens|what really happened) (at the end|in the end|in the finale|at the climax)",
    "(contains|contain|includes|include|reveals|reveal|discusses|discuss) (plot details|plot and ending details|ending details|details of the plot|details of the ending|plot points)",
  ],
  notSeen: [
    "(haven't|have not|havent|hasn't|has not|didn't|did not|not yet|yet to|never) (seen|watched)",
    "(going in blind|go in blind|stay unspoiled|stay spoiler free|remain unspoiled|go in fresh)",
    // A series: "if you're not caught up", "if you haven't finished the season".
    "(not|aren't|are not|you're not|you aren't|not yet|haven't|have not|isn't|is not) (caught up|up to date|current)",
    "(haven't|have not|not yet|didn't|did not) (finished|reached|gotten to) (the season|the series|the show|the finale|the latest episode|this episode|episode)",
  ],
  stops: [
    "(skip this one|skip this item|skip this part|skip this bit|skip this section|skip it|stop reading|look away|skip ahead|skip to the end|skip to the verdict|skip to the next section|bail|turn back|close this tab|come back later|read no further|stop here|avert your eyes|jump to the end|scroll past|scroll down|move along)",
    "(don't|do not|dont) (read on|read further|read any further|keep reading|continue reading|scroll down|scroll further|go any further)",
    "(you have been|you've been|consider yourself|you are|you're|be) warned", "proceed with caution",
    "(bookmark this|bookmark it|save this for later|save this|come back after|come back afterwards|come back once you've seen it|come back when you've seen it|come back after you've seen it|come back after watching)",
  ],
  reasons: ["spoiling", "go in blind", "going in blind", "unspoiled", "unspoilt", "fresh", "blind", "without knowing", "spoil", "spoilers", "spoiler", "spoiled"],
  contentWarnings: ["content warning", "cw", "tw", "content note", "cn"],
  endings: ["(finale|finales|season finale|series finale|ending|endings|the ending|twist|the twist|final episode|last episode|final act)"],
  nonMarkers: [
    "(flee|run from|steer clear of|stay away from) spoilers",
    "spoiler (review|post) (next week|tomorrow|later|soon)",
    "(in|behind|under|inside|with|using) spoiler (bars|bar|tags|tag|blocks|block|boxes|box|blur|text)",
    "(scroll down to|scroll to|skip to|jump to|skip ahead to|jump ahead to|until you see|till you see|where it says|look for) (the |)(end spoilers|end of spoilers|spoilers end|end spoiler|spoilers over|end of spoiler)",
    "(fear|fears|fearing|hate|hates|hating|afraid of|scared of|terrified of) (spoilers|spoiler)",
    "(never|don't|do not|won't|will not|rarely) (write|writes|post|posts|give|gives|share|shares|include|includes|publish|publishes|do) (any |)(spoilers|spoiler)",
    "spoiler free", "spoilerfree", "spoilerless", "spoiler less", "spoiler safe", "non spoiler", "non spoilers", "non spoilery", "nonspoiler",
    // Not "light on": "light" is a qualifier, dropped before matching, and "on spoilers" would
    // mask "from this point on: spoilers". "Light on spoilers" names no span anyway.
    "(no|zero|without|without any|free of|minimal|avoid all|avoiding all|low on|nothing in the way of) (spoilers|spoiler)",
    "(won't|wont|will not|not going to|not gonna|don't|do not|never|can't|cannot|wouldn't|try not to|careful not to) (want to |)spoil",
    "without (spoiling|giving away|revealing) (anything|it|too much|much|the ending|the twist|what happens)",
    "(spoiler|spoilers) (culture|policy|etiquette|discourse|police|phobia|phobic|averse|sensitive|end up|ending up)",
    "spoiler alert (2022|film|movie)", "(film|movie|watched|saw|seeing|star of|stars of|review of|reviewed) spoiler alert",
    // Michael Ausiello's memoir, which the 2022 film adapts.
    "spoiler alert the hero dies", "(memoir|book|novel|adapted from|adaptation of|based on) spoiler alert",
    "(does not|doesn't|do not|don't|will not|won't|not|never) (contain|contains|include|includes|have|has) (any |)(spoilers|spoiler)",
    "spoils of war", "the spoils", "spoiled", "spoilt", "(not a|not really a|isn t a|is not a|hardly a|no real) spoiler",
    "(rear|car|wing|roof|trunk|boot|front) (spoiler|spoilers)", "(spoiler|spoilers) (kit|wing|wings)",
    "avoid spoilers", "avoiding spoilers", "to avoid spoilers", "dodge spoilers",
    // The digest's own notices, so a second pass leaves them be.
    "spoiler hidden", "marked as containing spoilers",
    // A qualifier hyphened to the label is kept (stream.ts): "spoiler-light" promises few spoilers.
    "(spoiler-light|spoilers-light|spoiler lite|spoilers lite)",
    "mostly spoiler free", "(spoiler warning|spoiler alert|spoilers|spoiler) (not needed|unnecessary|not required|none)", "spoiler alert (is a|is an|was a|stars|starring|follows|tells the|directed by)",
  ],
  elsewhere: ["next week", "next time", "next episode", "in the podcast", "on the podcast", "on our podcast", "in our podcast", "in a separate post", "in a follow up", "in a future post"],
  boilerplate: ["appeared first on", "was originally published", "originally appeared on", "originally published on"],
  counts: { "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, two: 2, three: 3, four: 4, five: 5, six: 6, few: 3, "couple of": 2, several: 3 },
};
