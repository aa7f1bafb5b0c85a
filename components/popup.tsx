import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator, type Lang } from '../lib/i18n';
import type { CardCoverage, ReferenceStatus, Settings, ShownCardData, TabMatches } from '../lib/messaging/protocol';
import { afterPaint } from './after-paint';
import { CardList, type FocusRequest, type ShownCard } from './card-list';
import { EmptyState, type EmptyReason } from './empty-state';
import { LanguageToggle } from './language-toggle';
import type { PopupApi, TargetTab } from './popup-api';
import { ReferenceProblem } from './reference-problem';
import { SiteSwitch } from './site-switch';
import { FIRST_SCREEN_CARDS } from '../lib/cards/first-screen';
import { sortCards } from '../lib/cards/sort-cards';

type View =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'empty'; reason: EmptyReason }
  | { kind: 'cards'; cards: ShownCard[]; total: number };

/** While the popup is open the page may still change (late content, a rescan after a setting): re-check this often. */
const POLL_MS = 1000;

function webHost(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}

const coverageFields = (c: CardCoverage | undefined) => ({ coverage: c?.coverage ?? [], coverageMore: c?.coverageMore ?? false, coSeen: c?.coSeen ?? [] });

/** What changed on the tab, in a form cheap to compare: only a change reloads the cards. */
const signatureOf = (m: TabMatches) =>
  `${m.status}|${sortCards(m)
    .map((s) => `${s.id}:${s.mentions}`)
    .join(',')}`;

/**
 * The whole popup for one tab. It talks to the browser only through `api`, so the same component runs
 * in the extension (entrypoints/popup wires the real messages) and in tests (a fake api).
 */
export function Popup({ api }: { api: PopupApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [extra, setExtra] = useState<ShownCard[]>([]);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [notice, setNotice] = useState('');
  const [referenceProblem, setReferenceProblem] = useState<Pick<ReferenceStatus, 'importError' | 'problem'> | null>(null);
  const [busy, setBusy] = useState(false);
  const signature = useRef('');
  const loadSeq = useRef(0);
  const focusSeq = useRef(0);

  const lang: Lang = settings?.language ?? 'ar';
  const t = useMemo(() => translator(lang), [lang]);
  const host = tab ? webHost(tab.url) : '';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t('appName');
  }, [lang, t]);

  const load = useCallback(
    async (target: TargetTab, force: boolean) => {
      // A forced load asks for the first screen's cards with the matches: one round trip less before paint.
      const matches = await api.getTabMatches(target.id, force ? FIRST_SCREEN_CARDS : undefined);
      const sig = signatureOf(matches);
      if (!force && sig === signature.current) return;
      // Loads can overlap (a poll, a switch flipped): the latest one that found a change wins.
      const seq = ++loadSeq.current;
      signature.current = sig;
      const slots = sortCards(matches);
      if (matches.status !== 'matched' || slots.length === 0) {
        const unsupported = matches.status === 'not-scanned' && target.url !== '' && !webHost(target.url) && !target.url.startsWith('file:');
        setView({ kind: 'empty', reason: unsupported ? 'unsupported' : matches.status === 'matched' ? 'no-matches' : matches.status });
        return;
      }
      // The background assembles each card from the database (a few ms a card): the first screen's
      // cards come with the matches, without their related coverage (it reads the reader's visits).
      // They are painted first, then their coverage and the other cards are fetched.
      const byId = new Map<string, ShownCardData>();
      const show = () =>
        setView({
          kind: 'cards',
          total: slots.length,
          cards: slots.flatMap((s) => {
            const card = byId.get(s.id);
            return card ? [{ card, mentions: s.mentions, onPage: true, ...(s.why ? { why: s.why } : {}) }] : [];
          }),
        });
      for (const c of matches.cards ?? []) byId.set(c.id, c);
      const bodies = [...byId.keys()];
      let coverageRead: Promise<void> = Promise.resolve();
      if (bodies.length) {
        show();
        await afterPaint();
        if (seq !== loadSeq.current) return;
        coverageRead = api.getCoverage(bodies, target.id).then((found) => {
          if (seq !== loadSeq.current) return;
          const byCard = new Map(found.map((c) => [c.id, c]));
          // A card the background no longer knows (its pack switched off meanwhile) gets none, not a
          // placeholder that would wait for ever.
          for (const id of bodies) byId.set(id, { ...byId.get(id)!, ...coverageFields(byCard.get(id)) });
          show();
        });
      }
      const ids = slots.map((s) => s.id).filter((id) => !byId.has(id));
      for (const part of [ids.slice(0, FIRST_SCREEN_CARDS), ids.slice(FIRST_SCREEN_CARDS)]) {
        if (part.length === 0) continue;
        const cards = await api.getCards(part, target.id);
        if (seq !== loadSeq.current) return; // a newer load has taken over
        for (const c of cards) byId.set(c.id, c);
        show();
      }
      await coverageRead;
    },
    [api],
  );

  const start = useCallback(async () => {
    setView({ kind: 'loading' });
    // The settings are not needed to ask for the tab's matches: both go out at once.
    const settingsLoaded = api.getSettings().then(setSettings);
    // Not awaited: a problem with the reference data is worth a line, not a delay of the first card.
    api.getReferenceStatus().then(
      (status) => setReferenceProblem(status.importError ? status : null),
      () => undefined,
    );
    const target = await api.targetTab();
    setTab(target);
    if (!target) {
      await settingsLoaded;
      setView({ kind: 'empty', reason: 'unsupported' });
      return null;
    }
    await Promise.all([settingsLoaded, load(target, true)]);
    return target;
  }, [api, load]);

  // A layout effect, not useEffect: Preact runs effects only after the next frame, and the first
  // messages should leave as soon as the popup has rendered its frame.
  useLayoutEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    start().then(
      (target) => {
        if (!target) return;
        const tick = () => {
          if (stopped) return;
          // A failed poll is not worth an error screen; the next one will tell.
          load(target, false)
            .catch(() => undefined)
            .finally(() => {
              if (!stopped) timer = setTimeout(tick, POLL_MS);
            });
        };
        timer = setTimeout(tick, POLL_MS);
      },
      (e: unknown) => setView({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [start, load]);

  const onSiteEnabled = async (enabled: boolean) => {
    if (!tab || !host) return;
    setBusy(true);
    // Show the new position at once: a controlled checkbox that waits for the background would
    // snap back to the old state for a moment after the click.
    setSettings((s) => s && { ...s, disabledSites: enabled ? s.disabledSites.filter((d) => d !== host) : [...s.disabledSites, host] });
    try {
      setSettings(await api.setSiteEnabled(host, enabled));
      await api.refreshTab(tab.id);
      await load(tab, true);
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
      api.getSettings().then(setSettings, () => undefined);
    } finally {
      setBusy(false);
    }
  };

  const onLanguage = async (next: Lang) => {
    try {
      setSettings(await api.setLanguage(next));
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  };

  const onJump = async (id: string, index: number) => {
    if (!tab) return;
    setNotice((await api.jumpToMention(tab.id, id, index)) ? '' : t('jumpFailed'));
  };

  const shown = view.kind === 'cards' ? view.cards : [];
  const onOpenRelated = async (id: string) => {
    if (!tab) return;
    const request = () => setFocus({ id, seq: ++focusSeq.current });
    if (shown.some((c) => c.card.id === id) || extra.some((c) => c.card.id === id)) return request();
    try {
      const [card] = await api.getCards([id], tab.id);
      if (!card) return;
      setExtra((prev) => [...prev, { card, mentions: 0, onPage: false }]);
      request();
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  };

  const count = view.kind === 'cards' ? t('cardsCount', { n: view.total }) : '';

  return (
    <div class="popup">
      <header class="popup-header">
        <div class="row">
          <h1>{t('appName')}</h1>
          <div class="row">
            <LanguageToggle lang={lang} t={t} onChange={onLanguage} />
            <button type="button" class="ghost" id="open-options" onClick={() => api.openOptions()}>
              {t('openOptions')}
            </button>
          </div>
        </div>
        {tab && tab.title !== '' && (
          <p class="page-title" id="page-title" dir="auto" title={tab.title}>
            {tab.title}
          </p>
        )}
        {host && settings && (
          <SiteSwitch site={host} enabled={!settings.disabledSites.includes(host)} busy={busy} t={t} onChange={onSiteEnabled} />
        )}
        {referenceProblem && <ReferenceProblem status={referenceProblem} t={t} />}
        <p class="count" id="card-count" role="status" aria-live="polite">
          {[count, notice].filter(Boolean).join(' · ')}
        </p>
      </header>
      {/* Busy until every card of the list is drawn with its coverage: a screen reader waits for the
          whole list, and so can anyone reading the cards back (the first ones are painted before the
          rest arrive, and before their related coverage). */}
      <main aria-busy={view.kind === 'loading' || (view.kind === 'cards' && (view.cards.length < view.total || view.cards.some((c) => !c.card.coverage)))}>
        {view.kind === 'error' ? (
          <div class="status-line" role="alert">
            <p>{t('error', { message: view.message })}</p>
            <button type="button" onClick={() => start().catch((e: unknown) => setView({ kind: 'error', message: String(e) }))}>
              {t('retry')}
            </button>
          </div>
        ) : view.kind === 'loading' || !settings ? (
          // Nothing is drawn before the language is known, so an English popup never flashes Arabic.
          <p class="status-line muted">{t('loading')}</p>
        ) : (
          view.kind === 'empty' && <EmptyState reason={view.reason} site={host} t={t} onEnableSite={() => onSiteEnabled(true)} />
        )}
        {settings && (shown.length > 0 || extra.length > 0) && (
          <CardList
            cards={[...shown, ...extra.filter((x) => !shown.some((s) => s.card.id === x.card.id))]}
            lang={lang}
            t={t}
            focus={focus}
            onJump={onJump}
            onOpenRelated={onOpenRelated}
            onOpenPage={(url) => api.openPage(url)}
            showSearch={settings.searchLinks}
          />
        )}
      </main>
    </div>
  );
}
