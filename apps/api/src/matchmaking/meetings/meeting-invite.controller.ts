import { resolveText } from '@bridge/contracts';
import type { Locale } from '@bridge/contracts';
import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppExceptionHttpFilter } from '../../common/errors/app-exception-http.filter';
import { AppException } from '../../common/errors/app.exception';
import { Allow, CurrentViewer } from '../../identity/access.decorators';
import type { Viewer } from '../../identity/viewer';
import { conversationLink } from '../conversations/conversations.service';
import { buildIcs } from './ics';
import { slotInMeetingZones } from './meeting-time';
import { MeetingsService } from './meetings.service';

const SUMMARY: Record<Locale, (project: string) => string> = {
  en: (project) => `Bridge meeting: ${project}`,
  ru: (project) => `Встреча Bridge: ${project}`,
  'zh-CN': (project) => `Bridge 会议：${project}`,
};

/**
 * `GET /meetings/:id/invite.ics`: the calendar file of a confirmed meeting, for the members of the
 * conversation's two organisations (session cookie). Anyone else, and a meeting not confirmed: 404.
 */
@Controller('meetings')
@UseFilters(AppExceptionHttpFilter)
export class MeetingInviteController {
  constructor(private readonly meetings: MeetingsService) {}

  @Allow('SIGNED_IN')
  @Get(':id/invite.ics')
  async invite(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { meeting, conversation } = await this.meetings.get(viewer, id);
    if (meeting.status !== 'CONFIRMED' || !meeting.chosenStartsAt || !meeting.chosenMinutes) {
      throw AppException.notFound('meeting');
    }
    const locale = viewer.user.locale;
    const project = resolveText(conversation.projectTitle, locale)?.text ?? '';
    const start = meeting.chosenStartsAt;
    const url = `${req.protocol}://${req.get('host')}${conversationLink(conversation.id)}`;
    const body = buildIcs({
      uid: `${meeting.id}@bridge`,
      stamp: meeting.decidedAt ?? meeting.updatedAt,
      start,
      end: new Date(start.getTime() + meeting.chosenMinutes * 60_000),
      summary: (SUMMARY[locale] ?? SUMMARY.en)(project),
      description: [...slotInMeetingZones(start, meeting.chosenMinutes, locale), meeting.note ?? '', url]
        .filter(Boolean)
        .join('\n'),
      url,
    });
    const day = start.toISOString().slice(0, 10);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="bridge-meeting-${day}.ics"`);
    res.send(body);
  }
}
