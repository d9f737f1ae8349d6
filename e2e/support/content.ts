import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'

/**
 * The shipped modules as the tests need them, read from content/modules/<id>/ (format:
 * module.yaml for structure and correct answers, <locale>.yaml for texts). Nothing about the
 * content is written into the tests, so they stay right when the content changes.
 */
const MODULES_DIR = path.resolve(__dirname, '../../content/modules')

interface ModuleFile {
  id: string
  lessons: string[]
  check: {
    passThreshold: number
    questions: { id: string; multiple: boolean; options: string[]; correct: string[] }[]
  }
}

interface LocaleFile {
  title?: string
  summary?: string
  lessons?: Record<string, { title?: string }>
  check?: {
    questions?: Record<string, { prompt?: string; options?: Record<string, { text?: string; feedback?: string }> }>
  }
}

export interface Option {
  id: string
  text: string
  feedback: string
  correct: boolean
}

export interface Question {
  id: string
  prompt: string
  multiple: boolean
  options: Option[]
}

export interface ModuleContent {
  id: string
  title: string
  /** True when the locale has no file of its own: the server then serves the Dutch texts. */
  untranslated: boolean
  lessons: { id: string; title: string }[]
  passThreshold: number
  questions: Question[]
}

function readYaml<T>(file: string): T {
  return load(readFileSync(file, 'utf8')) as T
}

/** The texts a learner sees in `locale`: each missing text falls back to Dutch, as the API does. */
export function readModule(id: string, locale: string): ModuleContent {
  const dir = path.join(MODULES_DIR, id)
  const structure = readYaml<ModuleFile>(path.join(dir, 'module.yaml'))
  const dutch = readYaml<LocaleFile>(path.join(dir, 'nl.yaml'))
  const localeFile = path.join(dir, `${locale}.yaml`)
  const own = existsSync(localeFile) ? readYaml<LocaleFile>(localeFile) : {}

  const text = (pick: (texts: LocaleFile) => string | undefined, what: string): string => {
    const value = pick(own) ?? pick(dutch)
    if (value === undefined) throw new Error(`content/modules/${id}: no text for ${what}`)
    return value.trim()
  }

  return {
    id: structure.id,
    title: text((t) => t.title, 'title'),
    untranslated: !existsSync(localeFile),
    lessons: structure.lessons.map((lessonId) => ({
      id: lessonId,
      title: text((t) => t.lessons?.[lessonId]?.title, `lesson ${lessonId}`),
    })),
    passThreshold: structure.check.passThreshold,
    questions: structure.check.questions.map((question) => ({
      id: question.id,
      multiple: question.multiple,
      prompt: text((t) => t.check?.questions?.[question.id]?.prompt, `prompt of ${question.id}`),
      options: question.options.map((optionId) => ({
        id: optionId,
        text: text((t) => t.check?.questions?.[question.id]?.options?.[optionId]?.text, `${question.id}/${optionId}`),
        feedback: text(
          (t) => t.check?.questions?.[question.id]?.options?.[optionId]?.feedback,
          `feedback of ${question.id}/${optionId}`,
        ),
        correct: question.correct.includes(optionId),
      })),
    })),
  }
}

/** Exactly the correct options: the question counts as right. */
export function rightAnswer(question: Question): Option[] {
  return question.options.filter((option) => option.correct)
}

/** One option that is not correct: the question counts as wrong, for single and multiple choice alike. */
export function wrongAnswer(question: Question): Option[] {
  const wrong = question.options.find((option) => !option.correct)
  if (!wrong) throw new Error(`Question ${question.id} has no wrong option to choose`)
  return [wrong]
}
