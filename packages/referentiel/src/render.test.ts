import { describe, expect, it } from 'vitest';
import { getReferentiel } from './data';
import { renderGridsMarkdown, renderReferentielMarkdown } from './render';

describe('renderReferentielMarkdown', () => {
  it('renders every axis and every row with its id', () => {
    const md = renderReferentielMarkdown('2008');
    expect(md).toContain('## Axe 4 :');
    for (const r of getReferentiel('2008').axes.flatMap((a) => a.rows)) expect(md).toContain(`\`${r.id}\``);
    expect(renderReferentielMarkdown()).toContain("# Annexe 2 : référentiel d'appui");
    expect(md).toContain('(note : Passage altéré dans la source');
  });
});

describe('renderGridsMarkdown', () => {
  it('renders CEDRE, the tool box, the INAÉ grid with its 60 tracks and the PLIE référentiel', () => {
    const md = renderGridsMarkdown();
    expect(md).toContain('### La mission accueil');
    expect(md).toContain('## Boîte à outils (synthèse URIAE Nord-Pas-de-Calais, docs/sources.md#uriae-npdc)');
    expect(md).toContain('- 60. ');
    expect(md).toContain('**Phases**');
  });
});
