import type { EvidenceName, GuideItem } from '../../../src-shared/guide-schema'
import { onDemand } from './on-demand'
import type { OnDemand } from './on-demand'
import { stepTools } from './step-tools'
import { ToolWaiting } from './waiting'

// One lazy component for both policy evidences, so going from reading to accepting never suspends again.
const PolicyTask = onDemand(
  () => import('../steps/policies/policy-list'),
  (m) => m.PolicyTask,
  ToolWaiting,
)

// The tool that records an evidence item, shown alone as its task: Step 1's last task is the email date, not the whole request.
export const taskTools: Record<EvidenceName, OnDemand<{ item?: GuideItem }>> = {
  'profile-saved': stepTools.profile,
  'onboarding-date-known': stepTools.profile,
  'request-sent': stepTools.request,
  'registration-email-received': onDemand(
    () => import('../steps/email-received'),
    (m) => m.EmailReceived,
    ToolWaiting,
  ),
  'registration-saved': stepTools.registration,
  'mfa-verified': onDemand(
    () => import('../steps/mfa/practise-first'),
    (m) => m.PractiseFirst,
    ToolWaiting,
  ),
  'policies-read': PolicyTask,
  'policies-accepted': PolicyTask,
}

// Loaded with the task that needs it; the aids are small, but the password check brings its strength estimate.
export const TaskAid = onDemand(
  () => import('./task-aids'),
  (m) => m.TaskAid,
)
