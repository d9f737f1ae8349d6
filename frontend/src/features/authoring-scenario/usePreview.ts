import { ref, shallowRef } from 'vue'
import { previewItem, type PreviewStep, type PreviewView } from '@/api/authoring'

export type Values = Record<string, number | boolean>

/**
 * Preview as a learner: the server plays the draft statelessly, so this holds the node and the variable values and
 * sends both each time. `start` shows a node with chosen values, `choose` applies a choice (its effects come back in
 * the next view's state), `restart` goes back to where the preview started.
 */
export function usePreview(itemId: () => string, locale: () => string) {
  const view = shallowRef<PreviewView | null>(null)
  const feedbackHtml = ref<string | null>(null)
  const values = ref<Values>({})
  const error = ref<unknown>(null)
  const busy = ref(false)
  let started: { node: string; values: Values } | null = null

  async function run<T extends PreviewView | PreviewStep>(command: Parameters<typeof previewItem>[1]) {
    busy.value = true
    error.value = null
    try {
      return await previewItem<T>(itemId(), { ...command, locale: locale() })
    } catch (e) {
      error.value = e
      return null
    } finally {
      busy.value = false
    }
  }

  async function start(node: string, chosen: Values) {
    started = { node, values: { ...chosen } }
    const answer = await run<PreviewView>({ node: node || undefined, variables: { ...chosen } })
    if (!answer) return
    feedbackHtml.value = null
    view.value = answer
    values.value = { ...answer.state }
  }

  async function choose(choice: string) {
    const current = view.value
    if (!current || busy.value) return
    const option = current.choices.find((c) => c.id === choice)
    if (!option?.available) return
    const answer = await run<PreviewStep>({ node: current.node, variables: { ...values.value }, choice })
    if (!answer) return
    feedbackHtml.value = answer.feedbackHtml
    view.value = answer.next
    values.value = { ...answer.next.state }
  }

  async function restart() {
    if (started) await start(started.node, started.values)
  }

  return { view, feedbackHtml, values, error, busy, start, choose, restart }
}
