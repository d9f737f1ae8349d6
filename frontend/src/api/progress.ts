import { http } from './http'

export type ProgressStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED'

export interface ModuleProgress {
  moduleId: string
  status: ProgressStatus
  lessonsViewed: string[]
  lessonCount: number
  attempts: number
  /** 0..1 or null */
  lastScore: number | null
  /** 0..1 or null */
  bestScore: number | null
  completedAt: string | null
}

export const fetchMyProgress = () => http<{ modules: ModuleProgress[] }>('/api/me/progress')
