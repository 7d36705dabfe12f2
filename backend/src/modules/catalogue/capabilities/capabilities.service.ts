import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadInputError } from '../../../common/errors.js';
import { requireAdmin, requireViewer, type Viewer } from '../../../common/viewer.js';
import { inTransaction } from '../../../database/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
import { BestuurEntity } from '../../regions/bestuur.entity.js';
import { requireBestuurEditor, requireMunicipality } from '../catalogue.access.js';
import type { SaveCapabilityInput, SetBestuurCapabilitiesInput } from './capabilities.inputs.js';
import { CapabilityEntity } from './capability.entity.js';

@Injectable()
export class CapabilitiesService {
  constructor(private readonly ds: DataSource) {}

  list(): Promise<CapabilityEntity[]> {
    return this.ds.getRepository(CapabilityEntity).find({ order: { name: 'ASC' } });
  }

  async save(viewer: Viewer | null, input: SaveCapabilityInput): Promise<CapabilityEntity> {
    const v = requireAdmin(viewer);
    return inTransaction(this.ds, async (m) => {
      const repo = m.getRepository(CapabilityEntity);
      const existing = await repo.findOneBy({ key: input.key });
      const c = existing ?? repo.create({ key: input.key, isDemo: false });
      const before = existing ? { name: existing.name, description: existing.description } : null;
      c.name = input.name.trim();
      if (input.description !== undefined) c.description = input.description?.trim() || null;
      const saved = await repo.save(c);
      await recordAudit(m, {
        actorId: v.user.id, action: existing ? 'capability.updated' : 'capability.created', subjectType: 'capability', subjectId: saved.id,
        before, after: { key: saved.key, name: saved.name, description: saved.description },
      });
      return saved;
    });
  }

  /** Replaces the bestuur's capabilities; members of the bestuur, its region's coordinators and admins may. */
  async setForBestuur(viewer: Viewer | null, input: SetBestuurCapabilitiesInput): Promise<BestuurEntity> {
    requireViewer(viewer);
    return inTransaction(this.ds, async (m) => {
      const b = await requireMunicipality(m, input.nisCode);
      const v = await requireBestuurEditor(m, viewer, b);
      const keys = [...new Set(input.capabilityKeys)];
      const found: { id: string; key: string }[] = keys.length ? await m.query('SELECT id, key FROM capabilities WHERE key = ANY($1)', [keys]) : [];
      const unknown = keys.filter((k) => !found.some((f) => f.key === k));
      if (unknown.length) throw new BadInputError({ capabilityKeys: `Onbekende voorziening: ${unknown.join(', ')}.` });
      const before: { key: string }[] = await m.query(
        'SELECT c.key FROM bestuur_capabilities bc JOIN capabilities c ON c.id = bc.capability_id WHERE bc.bestuur_id = $1 ORDER BY c.key',
        [b.id],
      );
      await m.query('DELETE FROM bestuur_capabilities WHERE bestuur_id = $1 AND NOT (capability_id = ANY($2))', [b.id, found.map((f) => f.id)]);
      await m.query(
        `INSERT INTO bestuur_capabilities (bestuur_id, capability_id, updated_by) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
        [b.id, found.map((f) => f.id), v.user.id],
      );
      await recordAudit(m, {
        actorId: v.user.id, action: 'bestuur.capabilitiesSet', subjectType: 'bestuur', subjectId: b.id,
        before: before.map((r) => r.key), after: keys.sort(),
      });
      return m.getRepository(BestuurEntity).findOneByOrFail({ id: b.id });
    });
  }
}
