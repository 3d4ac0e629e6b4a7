"""Word lists shared by the entity and quote layers."""

from __future__ import annotations

# Reporting verbs (lemmas). Documented in README; extend here. The quote layer takes them
# as cues; the entity layer reads "it" as their subject as an organisation speaking.
SPEECH_VERBS = frozenset(
    """say state assure note stress add tell warn explain insist claim argue announce declare
    write ask reply respond answer remark comment emphasize emphasise underline underscore
    acknowledge admit suggest recall report confirm deny conclude observe predict promise
    vow pledge urge call describe tweet post testify quip joke shout yell whisper mutter
    confess concede contend maintain reiterate affirm allege caution complain lament boast propose
    reveal disclose inform assert mention recommend demand counter retort accuse charge
    stipulate specify acknowledge proclaim cry exclaim breathe murmur add chant scream bark
    repeat recount muse interrupt clarify sigh hint signal indicate reason opine speculate
    theorize posit surmise laugh scoff gush""".split()
)
