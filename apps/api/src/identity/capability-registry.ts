import { Injectable } from '@nestjs/common';
import type { Capability } from '@bridge/contracts';

/** A feature that grants capabilities of its own (judging grants JUDGE to active judges). */
export interface CapabilitySource {
  capabilitiesOf(userId: string): Promise<Capability[]>;
}

/**
 * Lets features add capabilities to the viewer without identity knowing about them (arrows point
 * down: judging registers here, identity never imports judging).
 */
@Injectable()
export class CapabilityRegistry {
  private readonly sources: CapabilitySource[] = [];

  register(source: CapabilitySource): void {
    this.sources.push(source);
  }

  async extraCapabilities(userId: string): Promise<Capability[]> {
    const lists = await Promise.all(this.sources.map((s) => s.capabilitiesOf(userId)));
    return lists.flat();
  }
}
