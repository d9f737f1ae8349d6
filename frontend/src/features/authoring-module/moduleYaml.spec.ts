import { describe, expect, it } from 'vitest'
import {
  addLesson,
  addOption,
  addQuestion,
  addRefresherItem,
  freeId,
  lessonIds,
  moveLesson,
  questions,
  readYaml,
  removeLesson,
  removeOption,
  renameLesson,
  setCorrect,
  setTextIn,
  setValueIn,
  YamlSyntaxError,
} from './moduleYaml'

// The module template a new draft starts from (AuthoringTemplates.module), with a comment an author added.
const MODULE = `id: nieuw
version: 1
order: 100
targetGroups: []
competencies: [signal-recognition]
minutes: 10
lessons:
  - eerste-les
`
const DUTCH = `# Teksten van de module, niet weghalen
title: Nieuwe module
summary: Een korte module om mee te beginnen.
flyer: |
  ## Onthoud
  - Doorvragen helpt.
lessons:
  eerste-les:
    title: Eerste les # kort houden
    body: |
      ## Waar gaat het over?

      Schrijf hier de les.
`
const files = () => ({ 'module.yaml': MODULE, 'nl.yaml': DUTCH })

describe('module YAML editing', () => {
  it('sets a lesson body as a literal block and keeps comments and the other texts', () => {
    const text = setTextIn(DUTCH, ['lessons', 'eerste-les', 'body'], '## Nieuw\n\nMet **twee** alinea’s.\n')
    expect(text).toContain('# Teksten van de module, niet weghalen')
    expect(text).toContain('title: Eerste les # kort houden')
    expect(text).toContain('    body: |\n      ## Nieuw\n\n      Met **twee** alinea’s.\n')
    expect(readYaml(text, ['lessons', 'eerste-les', 'body'])).toBe('## Nieuw\n\nMet **twee** alinea’s.\n')
    expect(readYaml(text, ['flyer'])).toBe('## Onthoud\n- Doorvragen helpt.\n')
  })

  it('keeps a long line on one line', () => {
    const long = 'woord '.repeat(40).trim()
    expect(setTextIn(DUTCH, ['summary'], long)).toContain(`summary: ${long}\n`)
  })

  it('adds a lesson to module.yaml and its texts to nl.yaml', () => {
    const changed = addLesson(files(), 'tweede-les', 'Tweede les', '## Begin\n')
    expect(lessonIds(changed)).toEqual(['eerste-les', 'tweede-les'])
    expect(readYaml(changed['nl.yaml'], ['lessons', 'tweede-les'])).toEqual({ title: 'Tweede les', body: '## Begin\n' })
  })

  it('renames a lesson in module.yaml and in every locale file, keeping its texts', () => {
    const english = 'title: New module\nlessons:\n  eerste-les:\n    title: First lesson\n'
    const changed = renameLesson({ ...files(), 'en.yaml': english }, 'eerste-les', 'de-basis')
    expect(readYaml(changed['module.yaml'], ['lessons'])).toEqual(['de-basis'])
    expect(readYaml(changed['nl.yaml'], ['lessons', 'de-basis', 'title'])).toBe('Eerste les')
    expect(changed['nl.yaml']).toContain('# kort houden')
    expect(readYaml(changed['en.yaml'], ['lessons', 'de-basis', 'title'])).toBe('First lesson')
  })

  it('moves a lesson in module.yaml and in the locale files', () => {
    const two = { ...files(), ...addLesson(files(), 'tweede-les', 'Tweede les', 'Tekst\n') }
    const moved = { ...two, ...moveLesson(two, 'tweede-les', -1) }
    expect(lessonIds(moved)).toEqual(['tweede-les', 'eerste-les'])
    expect(Object.keys(readYaml(moved['nl.yaml'], ['lessons']) as object)).toEqual(['tweede-les', 'eerste-les'])
    expect(moveLesson(moved, 'tweede-les', -1)['module.yaml']).toBeUndefined() // already first: nothing changes
  })

  it('removes a lesson from module.yaml and its texts', () => {
    const two = { ...files(), ...addLesson(files(), 'tweede-les', 'Tweede les', 'Tekst\n') }
    const removed = { ...two, ...removeLesson(two, 'eerste-les') }
    expect(lessonIds(removed)).toEqual(['tweede-les'])
    expect(readYaml(removed['nl.yaml'], ['lessons', 'eerste-les'])).toBeUndefined()
    expect(removed['nl.yaml']).toContain('# Teksten van de module, niet weghalen')
  })

  it('adds a question (and the check) with flow lists, and its texts in nl.yaml', () => {
    const changed = { ...files(), ...addQuestion(files(), 'vraag', 'signal-recognition') }
    expect(changed['module.yaml']).toContain(
      'check:\n  passThreshold: 0.7\n  questions:\n    - id: vraag\n      competency: signal-recognition\n' +
        '      multiple: false\n      options: [ a, b ]\n      correct: [ a ]\n',
    )
    expect(questions(changed)).toEqual([
      { id: 'vraag', competency: 'signal-recognition', multiple: false, options: ['a', 'b'], correct: ['a'] },
    ])
    expect(readYaml(changed['nl.yaml'], ['check', 'questions', 'vraag', 'options', 'b'])).toEqual({
      text: '',
      feedback: '',
    })
  })

  it('adds and removes options and keeps one correct option for a single-answer question', () => {
    let draft: Record<string, string> = { ...files(), ...addQuestion(files(), 'vraag', 'safety') }
    draft = { ...draft, ...addOption(draft, 'vraag') }
    expect(questions(draft)[0]?.options).toEqual(['a', 'b', 'c'])
    draft = { ...draft, ...setCorrect(draft, 'vraag', 'c', true) }
    expect(questions(draft)[0]?.correct).toEqual(['c'])
    draft = { ...draft, ...removeOption(draft, 'vraag', 'c') }
    expect(questions(draft)[0]).toMatchObject({ options: ['a', 'b'], correct: [] })
    expect(readYaml(draft['nl.yaml'], ['check', 'questions', 'vraag', 'options', 'c'])).toBeUndefined()
  })

  it('keeps several correct options in the authored order for a multiple-answer question', () => {
    let draft: Record<string, string> = { ...files(), ...addQuestion(files(), 'vraag', 'safety') }
    draft = { ...draft, ...addOption(draft, 'vraag') }
    draft = { ...draft, 'module.yaml': setValueIn(draft['module.yaml'], ['check', 'questions', 0, 'multiple'], true) }
    draft = { ...draft, ...setCorrect(draft, 'vraag', 'c', true) }
    draft = { ...draft, ...setCorrect(draft, 'vraag', 'b', true) }
    expect(questions(draft)[0]?.correct).toEqual(['a', 'b', 'c'])
  })

  it('creates the refresher files for a first refresher item', () => {
    const changed = addRefresherItem(files(), 'nieuw', 'nieuw-opfrisser', 'true-false', 'safety')
    expect(changed['refreshers/items.yaml']).toBe(
      'module: nieuw\nitems:\n  - id: nieuw-opfrisser\n    competency: safety\n    type: true-false\n' +
        '    correct: [ true ]\n',
    )
    expect(readYaml(changed['refreshers/nl.yaml'], ['items', 'nieuw-opfrisser'])).toEqual({
      prompt: '',
      explanation: '',
    })
  })

  it('leaves a file that does not parse alone', () => {
    expect(() => setTextIn('title: [unclosed', ['title'], 'x')).toThrow(YamlSyntaxError)
  })

  it('finds a free id', () => {
    expect(freeId('vraag', [])).toBe('vraag')
    expect(freeId('vraag', ['vraag', 'vraag-2'])).toBe('vraag-3')
  })
})

describe('texts that start empty', () => {
  it('are plain once they have words, and keep an author’s quotes otherwise', () => {
    const empty = addQuestion(files(), 'vraag', 'safety')['nl.yaml']
    expect(empty).toContain('prompt: ""')
    expect(setTextIn(empty, ['check', 'questions', 'vraag', 'prompt'], 'Wat doe je?')).toContain('prompt: Wat doe je?\n')
    expect(setTextIn("title: 'Oud'\n", ['title'], 'Nieuw')).toBe("title: 'Nieuw'\n")
    // Typed one key at a time: the trailing space of "New " needs quotes for a moment, "New module" does not.
    const typed = [...'New module'].reduce<string | undefined>(
      (text, _, i) => setTextIn(text, ['title'], 'New module'.slice(0, i + 1)),
      undefined,
    )
    expect(typed).toBe('title: New module\n')
  })
})
