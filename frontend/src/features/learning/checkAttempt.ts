import { computed, ref, shallowRef, type Ref } from 'vue'
import type { Answers, AttemptCommand, CheckQuestion, CheckResult } from '@/api/learning'

/**
 * The state of one knowledge check: the answers, sending them, the result.
 *
 * The `attemptId` is made once per attempt, when the answers are first sent, and sent again when
 * that submit is retried (after a network error the server may already have recorded it; the same
 * id then returns the same result). Changing an answer or starting over makes a new attempt.
 */
export function useCheckAttempt(
  questions: Ref<readonly CheckQuestion[]>,
  send: (command: AttemptCommand) => Promise<CheckResult>,
  newId: () => string = () => crypto.randomUUID(),
) {
  const answers = ref<Answers>({})
  const result = shallowRef<CheckResult | null>(null)
  const error = shallowRef<unknown>(null)
  const submitting = ref(false)
  let attemptId: string | null = null

  const answeredCount = computed(
    () => questions.value.filter((question) => (answers.value[question.id]?.length ?? 0) > 0).length,
  )
  const complete = computed(() => questions.value.length > 0 && answeredCount.value === questions.value.length)

  function isChosen(questionId: string, optionId: string): boolean {
    return answers.value[questionId]?.includes(optionId) ?? false
  }

  /** A radio replaces the answer; a checkbox adds or removes its option. */
  function choose(question: CheckQuestion, optionId: string, checked: boolean): void {
    const current = answers.value[question.id] ?? []
    let next: string[]
    if (!question.multiple) next = checked ? [optionId] : current.filter((id) => id !== optionId)
    else if (checked) next = current.includes(optionId) ? current : [...current, optionId]
    else next = current.filter((id) => id !== optionId)
    answers.value = { ...answers.value, [question.id]: next }
    attemptId = null
  }

  /** A plain copy with the current questions only. */
  function answersFor(asked: readonly CheckQuestion[]): Answers {
    return Object.fromEntries(asked.map((question) => [question.id, [...(answers.value[question.id] ?? [])]]))
  }

  async function submit(): Promise<void> {
    if (submitting.value || !complete.value) return
    attemptId ??= newId()
    submitting.value = true
    error.value = null
    try {
      result.value = await send({ attemptId, answers: answersFor(questions.value) })
    } catch (caught) {
      error.value = caught
    } finally {
      submitting.value = false
    }
  }

  /** "Try again": empty answers and, on the next submit, a new attempt. */
  function restart(): void {
    answers.value = {}
    result.value = null
    error.value = null
    attemptId = null
  }

  return { answers, result, error, submitting, answeredCount, complete, isChosen, choose, submit, restart }
}
