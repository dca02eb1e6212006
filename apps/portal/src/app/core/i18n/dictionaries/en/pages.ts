/** Home, dashboard and the 404 page. */
export const pages = {
  home: {
    heroTitle: 'Where Russian start-ups meet Chinese capital and science parks',
    heroText:
      'Bridge is the matchmaking portal of the China–Russia Innovation and Entrepreneurship Competition. Every edition — applications, judging, an online final and awards — becomes lasting deal flow: investors and science parks discover scored start-ups, request introductions, make landing offers and follow each deal to the end.',
    fieldsTitle: 'Three fields',
    fields: {
      ai: {
        name: 'Artificial intelligence',
        text: 'Machine learning, computer vision, language technology and data platforms.',
      },
      robotics: {
        name: 'Robotics',
        text: 'Industrial and service robots, drones, automation and smart manufacturing.',
      },
      biotech: {
        name: 'Biotech & food tech',
        text: 'Life sciences, agritech, new food products and processing.',
      },
    },
    howTitle: 'How it works',
    steps: {
      apply: 'Start-ups apply with their project in Chinese, English or Russian.',
      judge: 'Expert judges score the projects; the best become finalists.',
      final: 'Finalists pitch in an online video final; winners receive awards.',
      match: 'Verified investors, science parks and R&D partners find projects and start deals.',
    },
    ctaTitle: 'Join Bridge',
    ctaText:
      'Start-ups apply to the competition. Investors, science parks and R&D partners use the market once an organizer has verified them.',
    welcomeBack: 'Welcome back, {name}.',
  },
  dashboard: {
    welcome: 'Welcome, {name}',
    actingFor: 'You act for {organization}.',
    noOrganizationTitle: 'You are not a member of any organisation',
    noOrganizationText:
      'Ask an owner of your organisation to invite you. The invitation link brings you back here.',
    unverifiedTitle: 'Waiting for verification',
    unverifiedText:
      'A competition organizer must verify {organization} before market features open: searching projects, introductions and offers. You can complete your profile in the meantime.',
    rejectedTitle: 'Verification was declined',
    rejectedText:
      'An organizer declined to verify {organization}, so market features stay closed. Check your organisation profile and contact the competition committee.',
    needsYou: 'What needs you now',
    nothingNowTitle: 'Nothing needs you right now',
    nothingNowText: 'New tasks, requests and offers will appear here as the competition goes on.',
    verify: {
      title: 'Organisations to verify',
      waiting: '{count} waiting for verification',
      none: 'No organisation is waiting for verification.',
      action: 'Review organisations',
    },
    market: {
      title: 'Market',
      text: 'Browse verified start-ups and partners. Search, introductions and offers follow in the next releases.',
      action: 'Open the market',
    },
    judge: {
      title: 'My assignments',
      text: 'When an organizer assigns projects to you, they appear here with their due dates.',
    },
    apply: {
      title: 'My project',
      text: 'When the next edition opens for applications, you will prepare your project here.',
    },
    profile: {
      title: 'Organisation profile',
      text: 'A complete profile in Chinese, English and Russian helps partners find you.',
      action: 'Open profile',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you asked for does not exist or has moved.',
  },
} as const;
