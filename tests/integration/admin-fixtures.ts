// Actors and a minimal valid measure for the admin service tests.
import type { Actor } from '@/lib/services/types';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { measureCreateSchema, measureUpdateSchema, type MeasureCreateInput, type MeasureUpdateInput } from '@/lib/validation/measure';

export async function createActors(prisma: PrismaClient, providerId: string) {
  const make = async (id: string, role: Actor['role'], providerIdFor: string | null = null): Promise<Actor> => {
    const email = `${id}@example.org`;
    await prisma.user.create({ data: { id, email, name: id, role, providerId: providerIdFor } });
    return { id, email, name: id, role, providerId: providerIdFor };
  };
  return {
    admin: await make('admin-1', 'admin'),
    editor: await make('editor-1', 'editor'),
    editor2: await make('editor-2', 'editor'),
    provider: await make('provider-1', 'provider', providerId),
  };
}

export function measureInput(providerId: string, overrides: Record<string, unknown> = {}): MeasureCreateInput {
  return measureCreateSchema.parse({
    name: 'Turgruppe på Nesttun',
    summary: 'Fellesturer hver uke.',
    providerId,
    kind: 'ACTIVITY',
    categories: ['OUTDOORS'],
    districts: ['FANA'],
    dropIn: 'yes',
    anonymous: 'unknown',
    hoursStatus: 'REGULAR',
    openingHours: [{ weekday: '2', opensAt: '10:00', closesAt: '13:00' }],
    locations: [{ name: 'Nesttun torg', address: 'Nesttunveien 1', postcode: '5221', city: 'Nesttun', district: 'FANA' }],
    ...overrides,
  });
}

export function asUpdate(input: MeasureCreateInput, slug: string, version: number, overrides: Record<string, unknown> = {}): MeasureUpdateInput {
  return measureUpdateSchema.parse({ ...input, slug, version, ...overrides });
}
