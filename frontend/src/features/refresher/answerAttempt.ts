import { computed, ref, shallowRef } from 'vue'
import type { AnswerCommand, AnswerResult, RefresherItem } from '@/api/refresher'

/**
 * Answering one refresher item at a time: the choice, sending it, the feedback.
 *
 * Like the knowledge check (learning/checkAttempt.ts), a `clientAnswerId` is made when an answer is
 * first sent and sent again when that submit is retried: after a network error the server may
 * already have recorded it, and the same id then returns the same answer, recorded once. Changing
 * the choice or moving to another item makes a new id.
 */
export function useRefresherAnswer(
  send: (command: AnswerCommand) => Promise<AnswerResult>,
  newId: () => string = () => crypto.randomUUID(),
) {
  const item = shallowRef<RefresherItem | null>(null)
  const chosen = ref<string[]>([])
  const result = shallowRef<AnswerResult | null>(null)
  const error = shallowRef<unknown>(null)
  const submitting = ref(false)
  let clientAnswerId: string | null = null

  const multiple = computed(() => item.value?.type === 'multiple')
  const complete = computed(() => chosen.value.length > 0)

  /** Show another item: empty choice, no feedback, a new answer id on the next submit. */
  function show(next: RefresherItem | null): void {
    item.value = next
    chosen.value = []
    result.value = null
    error.value = null
    clientAnswerId = null
  }

  const isChosen = (optionId: string): boolean => chosen.value.includes(optionId)

  /** A radio replaces the choice; a checkbox adds or removes its option. Locked once answered. */
  function choose(optionId: string, checked: boolean): void {
    if (result.value || submitting.value) return
    const current = chosen.value
    if (!multiple.value) chosen.value = checked ? [optionId] : current.filter((id) => id !== optionId)
    else if (checked) chosen.value = current.includes(optionId) ? current : [...current, optionId]
    else chosen.value = current.filter((id) => id !== optionId)
    clientAnswerId = null
  }

  async function submit(): Promise<void> {
    const current = item.value
    if (!current || submitting.value || result.value || !complete.value) return
    clientAnswerId ??= newId()
    submitting.value = true
    error.value = null
    try {
      // Options in the order the item lists them, so a retry sends exactly the same body.
      const optionIds = current.options.map((option) => option.id).filter((id) => chosen.value.includes(id))
      result.value = await send({ clientAnswerId, itemId: current.id, optionIds })
    } catch (caught) {
      error.value = caught
    } finally {
      submitting.value = false
    }
  }

  return { item, chosen, result, error, submitting, multiple, complete, show, isChosen, choose, submit }
}
