import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import type { OrganiserWebinar } from '@/api/webinarsOrganise'
import { emptyForm, formFieldOf, formFrom, isEditConflict, localeComplete, serverErrors, toCommand, type WebinarForm } from './webinarForm'

const filled = (overrides: Partial<WebinarForm> = {}): WebinarForm => ({
  ...emptyForm('org-1'),
  title: { nl: ' Meldcode in de praktijk ', en: '' },
  description: { nl: 'Wat doe je bij een vermoeden?' },
  date: '2026-12-10',
  startTime: '14:00',
  endTime: '15:30',
  meetingUrl: 'https://meet.example.org/abc',
  ...overrides,
})

describe('webinar form', () => {
  it('builds the command: instants from Amsterdam time, minutes from hours, empty locales left out', () => {
    const result = toCommand(filled({ studyHours: '1.5', materials: [{ title: ' Slides ', url: 'https://example.org/s.pdf' }] }))

    expect(result).toEqual({
      command: expect.objectContaining({
        title: { nl: 'Meldcode in de praktijk' },
        startsAt: '2026-12-10T13:00:00Z',
        endsAt: '2026-12-10T14:30:00Z',
        mode: 'ONLINE',
        meetingUrl: 'https://meet.example.org/abc',
        location: null,
        capacity: 30,
        audience: ['org-1'],
        materials: [{ title: 'Slides', url: 'https://example.org/s.pdf' }],
        recordingUrl: null,
        studyMinutes: 90,
      }),
    })
  })

  it('requires Dutch texts, a sensible time, a link or a place, and a capacity', () => {
    const result = toCommand(
      filled({ title: { en: 'Only English' }, description: {}, startTime: '15:00', endTime: '14:00', meetingUrl: 'teams', capacity: '0' }),
    )

    expect(result).toEqual({
      errors: { title: 'titleDutch', description: 'descriptionDutch', endTime: 'endBeforeStart', meetingUrl: 'url', capacity: 'capacity' },
    })
    expect(toCommand(filled({ mode: 'IN_PERSON', location: ' ' }))).toEqual({ errors: { location: 'required' } })
    expect(toCommand(filled({ date: '2027-03-28', startTime: '02:15' }))).toEqual({ errors: { startTime: 'nonexistentTime' } })
    expect(toCommand(filled({ materials: [{ title: '', url: 'https://example.org' }] }))).toEqual({ errors: { materials: 'materials' } })
  })

  it('sends a place and no link for a webinar in person', () => {
    const result = toCommand(filled({ mode: 'IN_PERSON', location: 'Stadhuis, zaal 2' }))

    expect(result).toEqual({ command: expect.objectContaining({ meetingUrl: null, location: 'Stadhuis, zaal 2' }) })
  })

  it('fills the form from the organiser view in Amsterdam time and back to the same command', () => {
    const webinar: OrganiserWebinar = {
      id: 'w1',
      status: 'SCHEDULED',
      version: 3,
      title: { nl: 'Titel', tr: 'Başlık' },
      description: { nl: 'Tekst' },
      language: 'nl',
      targetGroups: ['jeugdhulp'],
      startsAt: '2026-07-01T07:00:00Z',
      endsAt: '2026-07-01T08:00:00Z',
      mode: 'IN_PERSON',
      location: 'Buurthuis',
      meetingUrl: null,
      capacity: 12,
      audience: [{ id: 'org-1', name: 'Eigen', sector: 'jeugdhulp' }, { id: 'org-2', name: 'Buren', sector: 'onderwijs' }],
      activities: ['case:tikkies'],
      materials: [],
      recordingUrl: null,
      studyMinutes: 60,
    }
    const form = formFrom(webinar)

    expect(form).toMatchObject({ date: '2026-07-01', startTime: '09:00', endTime: '10:00', capacity: '12', studyHours: '1' })
    expect(localeComplete(form, 'nl')).toBe(true)
    expect(localeComplete(form, 'tr')).toBe(false)
    expect(toCommand(form)).toEqual({
      command: expect.objectContaining({ startsAt: webinar.startsAt, endsAt: webinar.endsAt, studyMinutes: 60, audience: ['org-1', 'org-2'] }),
    })
  })

  it('puts the server field errors at the fields the form shows', () => {
    expect(formFieldOf('title.nl')).toBe('title')
    expect(formFieldOf('startsAt')).toBe('startTime')
    expect(formFieldOf('materials[0].url')).toBe('materials')
    expect(formFieldOf('studyMinutes')).toBe('studyHours')
    expect(formFieldOf('somethingElse')).toBeNull()
    expect(serverErrors([{ field: 'meetingUrl', message: 'must be https' }, { field: 'x', message: 'other' }])).toEqual({
      byField: { meetingUrl: 'must be https' },
      other: ['other'],
    })
  })

  it('recognises that someone else saved the webinar meanwhile', () => {
    expect(isEditConflict(new ApiError({ status: 409, type: 'https://signaal.nl/problems/webinar-edited' }))).toBe(true)
    expect(isEditConflict(new ApiError({ status: 409, type: 'https://signaal.nl/problems/webinar-cancelled' }))).toBe(false)
    expect(isEditConflict(new ApiError({ status: 400, detail: 'webinar-edited' }))).toBe(false)
  })
})
