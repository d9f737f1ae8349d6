import type { ScenarioModel } from './scenarioDocument'

const WORDS = new Set(['and', 'or', 'not', 'true', 'false'])
const NAME = /[A-Za-z_][A-Za-z0-9_]*/g

/** Variable names an expression mentions (the engine's tokens: names start with a letter or underscore). */
export function namesIn(expression: string): string[] {
  return [...new Set((expression.match(NAME) ?? []).filter((name) => !WORDS.has(name)))]
}

/**
 * Of effects like `trust += 1; asked = trust > 2`: the names changed (left of =, += or -=) and the names read on the
 * right. A counter that only counts itself (`trust += 1`) is changed, not read: nothing depends on it yet.
 */
export function effectNames(effects: string): { changed: string[]; read: string[] } {
  const changed = new Set<string>()
  const read = new Set<string>()
  for (const part of effects.split(';')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(\+=|-=|=)(?!=)(.*)$/s.exec(part)
    if (!match) {
      namesIn(part).forEach((name) => read.add(name))
      continue
    }
    changed.add(match[1]!)
    namesIn(match[3]!).forEach((name) => read.add(name))
  }
  return { changed: [...changed], read: [...read] }
}

export interface ChoiceRef {
  node: string
  choice: string
}

export interface VariableUse {
  name: string
  declared: boolean
  readBy: ChoiceRef[]
  changedBy: ChoiceRef[]
  warnings: ('unused' | 'neverRead' | 'neverChanged' | 'undeclared')[]
}

/** For each declared or mentioned variable: which choices read it (in `if` or effects) and which change it. */
export function variableUses(model: ScenarioModel): VariableUse[] {
  const uses = new Map<string, VariableUse>()
  const use = (name: string, declared: boolean) => {
    let found = uses.get(name)
    if (!found) {
      found = { name, declared, readBy: [], changedBy: [], warnings: [] }
      uses.set(name, found)
    }
    return found
  }
  for (const variable of model.variables) use(variable.name, true)
  for (const node of model.nodes) {
    for (const choice of node.choices) {
      const ref = { node: node.id, choice: choice.id }
      const { changed, read } = effectNames(choice.effects)
      for (const name of new Set([...namesIn(choice.condition), ...read])) use(name, false).readBy.push(ref)
      for (const name of changed) use(name, false).changedBy.push(ref)
    }
  }
  for (const found of uses.values()) {
    if (!found.declared) found.warnings.push('undeclared')
    else if (!found.readBy.length && !found.changedBy.length) found.warnings.push('unused')
    else if (!found.readBy.length) found.warnings.push('neverRead')
    else if (!found.changedBy.length) found.warnings.push('neverChanged')
  }
  return [...uses.values()]
}
