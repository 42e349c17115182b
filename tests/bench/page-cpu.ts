import type { Browser, Page } from '@playwright/test'

// CPU time of a page's main thread, from Chromium's own counters (DevTools protocol, Performance domain, in thread
// time, so time the thread waited for a core on a busy machine is not counted): TaskDuration is the time its main
// thread spent running tasks of any kind (script, style, layout, paint), ScriptDuration the part of it spent running
// JavaScript. Both count from the renderer's start, in milliseconds here.
export interface PageCpu {
  task: number
  script: number
}

export async function pageCpuMeter(page: Page): Promise<() => Promise<PageCpu>> {
  const session = await page.context().newCDPSession(page)
  await session.send('Performance.enable', { timeDomain: 'threadTicks' })
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics')
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000
    return { task: value('TaskDuration'), script: value('ScriptDuration') }
  }
}

export const cpuBetween = (from: PageCpu, to: PageCpu): PageCpu => ({ task: to.task - from.task, script: to.script - from.script })

/**
 * For the e2e harness (launchBrowserApp), which makes its own context and page and loads the app at once: a browser
 * whose next context gets `initScript` (before any of the app's scripts) and whose page gets a CPU meter before it loads.
 */
export function meteredHarness(browser: Browser, initScript?: string): { browser: Browser; cpu: () => Promise<PageCpu> } {
  let meter: (() => Promise<PageCpu>) | null = null
  const wrapped = {
    newContext: async (...args: Parameters<Browser['newContext']>) => {
      const context = await browser.newContext(...args)
      if (initScript) await context.addInitScript({ content: initScript })
      const newPage = context.newPage.bind(context)
      context.newPage = async () => {
        const page = await newPage()
        meter = await pageCpuMeter(page)
        return page
      }
      return context
    },
  } as Browser
  return {
    browser: wrapped,
    cpu: () => {
      if (!meter) throw new Error('the harness made no page')
      return meter()
    },
  }
}
