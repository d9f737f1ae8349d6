/** A small scenario draft as the template makes it, with a comment that edits must keep (used by the specs). */
export const STRUCTURE_TEXT = `id: proef
version: 1
order: 100
targetGroups: []
competencies: [signal-recognition]
minutes: 5
variables:
  trust: { type: int, initial: 2, min: 0, max: 5 }
start: begin
nodes:
  # de eerste scène
  begin:
    speaker: jongere
    choices:
      - id: doorvragen
        to: goed
        effects: trust += 1
        points: { signal-recognition: 2 }
        recommended: true
      - id: afwachten
        to: afgewacht
        if: trust > 1 and unknown_thing
        points: { signal-recognition: -1 }
  goed:
    ending: good
  afgewacht:
    ending: poor
`

export const DUTCH_TEXT = `title: Nieuwe casus
summary: Een korte casus.
characters:
  jongere: Sam (16)
nodes:
  begin:
    text: Sam vertelt dat hij 'klusjes' doet.
    choices:
      doorvragen:
        text: Vraag wat voor klusjes het zijn.
        feedback: Goed.
      afwachten:
        text: Zeg dat het vast wel meevalt.
        feedback: Riskant.
  goed:
    text: Sam vertelt meer.
    debrief: Je vroeg door.
  afgewacht:
    text: Sam zegt niets meer.
    debrief: Je wachtte af.
`

export const FILES = { 'scenario.yaml': STRUCTURE_TEXT, 'nl.yaml': DUTCH_TEXT }
