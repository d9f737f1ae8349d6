import { computed, ref, shallowRef, type Ref } from 'vue'
import type { Answers, AttemptCommand, CheckQuestion, CheckResult } from '@/api/learning'

/**
 * The state of one knowledge check: the answers, sending them, the result.
 *
 * The attempt id comes with the check (the server orders the questions and options for that attempt),
 * and every submit of this attempt sends it: after a network error the server may already have
 * recorded the answers, and the same id then returns that result. "Try again" is a new attempt: the
 * view loads the check without an attempt id and gets a new id and a new order.
 */
export function useCheckAttempt(
  questions: Ref<readonly CheckQuestion[]>,
  attemptId: Ref<string | null>,
  send: (command: AttemptCommand) => Promise<CheckResult>,
) {
  const answers = ref<Answers>({})
  const result = shallowRef<CheckResult | null>(null)
  const error = shallowRef<unknown>(null)
  const submitting = ref(false)

  const answeredCount = computed(
    () => questions.value.filter((question) => (answers.value[question.id]?.length ?? 0) > 0).length,
  )
  const complete = computed(() => questions.value.length > 0 && answeredCount.value === questions.value.length)
  /** The questions without an answer, in the order shown: what a submit too early names. */
  const unanswered = computed(() => questions.value.filter((question) => (answers.value[question.id]?.length ?? 0) === 0))
  /**
   * Set by a submit while questions are open. The button stays enabled (a disabled one cannot be reached
   * with the keyboard and does not say why), so pressing it early explains what is missing instead.
   */
  const missingShown = ref(false)

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
  }

  /** A plain copy with the current questions only. */
  function answersFor(asked: readonly CheckQuestion[]): Answers {
    return Object.fromEntries(asked.map((question) => [question.id, [...(answers.value[question.id] ?? [])]]))
  }

  async function submit(): Promise<void> {
    const id = attemptId.value
    if (!complete.value) {
      missingShown.value = true
      return
    }
    if (submitting.value || id === null) return
    missingShown.value = false
    submitting.value = true
    error.value = null
    try {
      result.value = await send({ attemptId: id, answers: answersFor(questions.value) })
    } catch (caught) {
      error.value = caught
    } finally {
      submitting.value = false
    }
  }

  /** "Try again": empty answers; the view then loads a new attempt (new id, new order). */
  function restart(): void {
    answers.value = {}
    result.value = null
    error.value = null
    missingShown.value = false
  }

  return {
    answers,
    result,
    error,
    submitting,
    answeredCount,
    complete,
    unanswered,
    missingShown,
    isChosen,
    choose,
    submit,
    restart,
  }
}
