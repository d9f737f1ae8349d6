import type { LessonRef, ModuleSummary } from '@/api/learning'
import type { ModuleProgress, ProgressStatus } from '@/api/progress'

export type ModuleAction = 'start' | 'continue' | 'review'

export interface LessonProgress {
  viewed: number
  total: number
  /** 0..100, rounded */
  percent: number
}

export interface CardProgress extends LessonProgress {
  status: ProgressStatus
  completedAt: string | null
  /** 0..1 or null */
  bestScore: number | null
  action: ModuleAction
}

export interface ModuleCard {
  module: ModuleSummary
  /** The module names the user's organisation sector among its target groups. */
  forYourSector: boolean
  /** Null for anonymous visitors. */
  progress: CardProgress | null
}

/** Distinct viewed lessons, never more than the module has (content may have lost a lesson). */
export function lessonProgress(lessonsViewed: readonly string[], lessonCount: number): LessonProgress {
  const total = Math.max(0, lessonCount)
  const viewed = Math.min(new Set(lessonsViewed).size, total)
  const percent = total === 0 ? 0 : Math.round((viewed / total) * 100)
  return { viewed, total, percent }
}

export function actionFor(status: ProgressStatus): ModuleAction {
  if (status === 'COMPLETED') return 'review'
  if (status === 'IN_PROGRESS') return 'continue'
  return 'start'
}

export function cardProgress(module: ModuleSummary, progress: ModuleProgress | undefined): CardProgress {
  const status = progress?.status ?? 'NOT_STARTED'
  return {
    ...lessonProgress(progress?.lessonsViewed ?? [], module.lessonCount),
    status,
    completedAt: progress?.completedAt ?? null,
    bestScore: progress?.bestScore ?? null,
    action: actionFor(status),
  }
}

/**
 * Joins the catalogue with the learner's progress, keeping the server's order (own target group
 * first). `progress` is null for anonymous visitors.
 */
export function toCards(
  modules: readonly ModuleSummary[],
  progress: readonly ModuleProgress[] | null,
  sector: string | null,
): ModuleCard[] {
  const byModule = new Map(progress?.map((entry) => [entry.moduleId, entry]))
  return modules.map((module) => ({
    module,
    forYourSector: sector !== null && module.targetGroups.includes(sector),
    progress: progress === null ? null : cardProgress(module, byModule.get(module.id)),
  }))
}

/** Where "continue" goes: the first lesson not yet viewed, else the first lesson. */
export function nextLesson(lessons: readonly LessonRef[], lessonsViewed: readonly string[]): LessonRef | null {
  const viewed = new Set(lessonsViewed)
  return lessons.find((lesson) => !viewed.has(lesson.id)) ?? lessons[0] ?? null
}
