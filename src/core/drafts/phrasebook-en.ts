import type { RequestKind } from './choose-draft-role';
import { definePhrasebook } from './compose-draft-body';
import { capitalizeFirst } from './draft-phrasebook';
import type { DraftWords } from './draft-words';

// Written for this product (issue #5): calm, warm, one clear ask, no blame (playbook: Tone).

const quote = (title: string) => `“${title}”`;
const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

function invoiceRef(w: DraftWords): string {
  return w.invoiceNumber ? `invoice ${w.invoiceNumber}` : 'my latest invoice';
}

function forAmount(w: DraftWords): string {
  return w.amount ? ` for ${w.amount}` : '';
}

function requestThing(kind: RequestKind, w: DraftWords): string {
  const title = w.project ? quote(w.project) : null;
  switch (kind) {
    case 'proposal':
      return title ? `my proposal for ${title}` : 'the proposal I sent';
    case 'feedback_request':
      return title ? `the draft of ${title}` : 'the draft I sent over';
    case 'details_request':
      return title ? `the details we need for ${title}` : 'the details I asked about';
    case 'testimonial_request':
      return title ? `a short testimonial about ${title}` : 'a short testimonial';
    case 'followup':
      return title ? `my note about ${title}` : 'my last note';
  }
}

function greetingName(w: DraftWords): string {
  return w.name ? ` ${w.name}` : '';
}

function introduce(w: DraftWords): string {
  return `Hi${greetingName(w)}${w.sender ? `, this is ${w.sender}` : ''}.`;
}

export const PHRASEBOOK_EN = definePhrasebook<string, string>({
  greet: (tone, name) => {
    if (tone === 'warm') return name ? `Hi ${name},` : 'Hi there,';
    if (tone === 'neutral') return name ? `Hello ${name},` : 'Hello,';
    return name ? `Dear ${name},` : 'Hello,';
  },
  openers: {
    warm: [
      "I hope you're having a good week.",
      'I hope things are going well on your side.',
      'I hope your week is off to a good start.',
      'I hope all is well with you and the team.',
      "I hope you've had a good few days.",
      "I hope you're keeping well.",
    ],
    neutral: [
      'I hope all is well.',
      "I hope you're well.",
      'I hope the week is going smoothly.',
      'I hope things are going well.',
      "I hope you've had a productive week.",
      'I hope this finds you well.',
    ],
    firm: [
      'I hope you are well.',
      'I trust all is well.',
      'I hope your week is going well.',
      'I hope things are well with you.',
      'I hope this finds you well.',
      'I trust you are keeping well.',
    ],
  },
  closers: {
    warm: [
      'Thanks so much, and have a lovely week.',
      'Thank you, I really appreciate it.',
      'Thanks a lot for your help with this.',
      'Many thanks, and enjoy the rest of your week.',
      'Thank you for taking a moment to look at this.',
      'Thanks again, I appreciate your time.',
    ],
    neutral: [
      'Thank you.',
      'Thanks for your help.',
      'Thank you for your time.',
      'Many thanks.',
      'Thanks in advance.',
      'Thank you for looking into this.',
    ],
    firm: [
      'Thank you for taking care of this.',
      'Thank you for dealing with this.',
      'Thanks for handling this.',
      'Thank you for resolving this.',
      'Thank you for sorting this out.',
      'Thank you for your cooperation.',
    ],
  },
  signOff: { warm: 'Warm wishes,', neutral: 'Best regards,', firm: 'Regards,' },
  quote,
  invoiceRef,
  requestThing,
  courtesy: ({ w, ref, link }) => [
    [
      `Just a quick note that ${ref}${forAmount(w)} is due ${w.dueDate ? `on ${w.dueDate}` : 'in the next few days'}.`,
      w.project && `It covers our work on ${quote(w.project)}.`,
      'If payment is already scheduled, thank you, and please ignore this note.',
    ],
    [
      link
        ? `You can pay online here: ${link}`
        : 'The payment details are on the invoice, and I can send it again if that helps.',
      'Is there anything you need from me before then?',
    ],
  ],
  reminder_1: ({ w, ref, link, tone }) => [
    [
      `I'm writing with a reminder that ${ref}${forAmount(w)} ${w.dueDate ? `was due on ${w.dueDate}` : 'is now past its due date'}${w.daysOverdue ? `, ${days(w.daysOverdue)} ago` : ''}.`,
      tone === 'firm'
        ? 'Please arrange payment this week.'
        : 'These things slip through easily, so this is only to make sure it is on your list.',
    ],
    [
      link
        ? `The quickest way to pay is this link: ${link}`
        : "If the invoice got buried, say the word and I'll send a fresh copy.",
      'Could you let me know when I can expect the payment?',
    ],
  ],
  reminder_2: ({ w, ref, link, tone }) => [
    [
      `I'm following up on ${ref}${forAmount(w)}, which ${w.dueDate ? `was due on ${w.dueDate}` : 'is still open on my side'}${w.daysOverdue ? ` and is now ${days(w.daysOverdue)} overdue` : ''}.`,
      tone === 'firm'
        ? 'If anything about the invoice is unclear, please tell me now so we can resolve it.'
        : "If anything about the invoice or the work doesn't look right to you, please tell me and we'll sort it out together.",
    ],
    [
      link
        ? `Paying by card works through this link: ${link}`
        : 'The bank details are on the invoice itself.',
      'Could you confirm the date you plan to pay?',
    ],
  ],
  reminder_3: ({ w, ref, link, tone }) => [
    [
      `${capitalizeFirst(ref)}${forAmount(w)} is still open${w.daysOverdue ? `, ${days(w.daysOverdue)} after its due date` : ''}, so I'm checking in once more.`,
      tone === 'firm'
        ? 'If paying in full is difficult right now, we can agree on two or three instalments.'
        : "If the timing is difficult right now, I'm happy to split it into two or three smaller payments.",
    ],
    [
      'Would a payment plan help, or can you give me a date for the full amount?',
      link && `The payment page is here: ${link}`,
    ],
  ],
  personal: ({ w, ref }) => [
    [
      `I wanted to write to you personally rather than send another reminder about ${ref}${forAmount(w)}.`,
      `I value working with you${w.organization ? ` and the team at ${w.organization}` : ''}, and I'd like to make sure nothing is stuck on your side.`,
    ],
    [
      "Is there anything about the work that isn't resolved, or should invoices go to someone else on your team?",
      'A two-line reply would help me plan the next step.',
    ],
  ],
  invoice_call: {
    paragraphs: ({ w, ref }) => [
      [
        `I'd like to have a quick word with you by phone about ${ref}, as a short call is often easier than another email.`,
        'It should only take five minutes.',
      ],
      [
        w.availability ? `I'm free ${w.availability}.` : 'I can fit around your schedule this week.',
        'Which time suits you, and which number is best to reach you on?',
      ],
    ],
    callScript: ({ w, ref }) => [
      introduce(w),
      `I'm calling about ${ref}${forAmount(w)}${w.dueDate ? `, which was due on ${w.dueDate}` : ''}. Is now a good moment?`,
      '(Pause and listen.)',
      'Is anything holding the payment up that I can help with?',
      'If the timing is hard right now, we can agree on a payment plan today.',
      'Could we settle on a date that works for you?',
      "Thank you. I'll send a short email confirming what we agreed.",
    ],
    voicemailScript: ({ w }) => [
      introduce(w),
      'I have a quick admin question about our recent work together.',
      `Could you call me back when you have a moment${w.phone ? ` on ${w.phone}` : ''}?`,
      'Thank you, and have a good day.',
    ],
  },
  final_notice: {
    paragraphs: ({ w, ref, link }) => [
      [
        `I'm writing about ${ref}, which is still unpaid${w.daysOverdue ? ` ${days(w.daysOverdue)} after its due date` : ''}.`,
        `The amount due is ${w.amount ?? 'the full amount shown on the invoice'}${w.dueDate ? `, which was due on ${w.dueDate}` : ''}.`,
      ],
      [
        w.collectionsDate
          ? `Please arrange payment by ${w.collectionsDate}.`
          : 'Please arrange payment within the next 15 days.',
        link
          ? `You can pay here: ${link}`
          : 'The bank details are on the invoice, and I can resend it today.',
      ],
      [
        "If it isn't paid by then, I will pass the invoice to a collections agency, which I would much rather avoid.",
        `If there is a problem I don't know about, please call me${w.phone ? ` on ${w.phone}` : ''} or reply to this email, and we can agree on a plan.`,
      ],
    ],
    closer: 'Thank you for your attention to this.',
  },
  collections: {
    paragraphs: ({ w, ref, link }) => [
      [
        `${capitalizeFirst(ref)}${forAmount(w)} is still unpaid, so I'm letting you know that I will pass it to a collections agency ${w.collectionsDate ? `on ${w.collectionsDate}` : 'at the end of next week'}.`,
        'I would still much prefer to settle this directly with you.',
      ],
      [
        link
          ? `You can still pay before then using this link: ${link}`
          : 'You can still pay before then using the details on the invoice.',
        `If you would rather agree on a payment plan, call me${w.phone ? ` on ${w.phone}` : ''} or reply here, and I will pause the process.`,
      ],
    ],
    closer: 'Thank you for reading this.',
    warmCloser: 'Thank you, and I hope we can resolve this together.',
  },
  nudges: {
    proposal: [
      ({ w, thing }) => [
        [
          `I wanted to follow up on ${thing}${w.daysSilent ? `, sent ${days(w.daysSilent)} ago` : ''}.`,
          "Questions usually come up once people have had a look, so I'm happy to go through it together.",
        ],
        [
          'Would a 15-minute call this week help?',
          w.availability ? `I'm free ${w.availability}.` : 'Just suggest a time that suits you.',
        ],
      ],
      ({ thing }) => [
        [
          `I'm checking in on ${thing}.`,
          "If the scope or the budget doesn't quite fit, I can adjust it, for example by starting with a smaller first phase.",
        ],
        'Has anything changed on your side since we last spoke?',
      ],
      ({ thing }) => [
        `I'll keep this short: is ${thing} still something you'd like to go ahead with?`,
        [
          'A quick yes, no or “not yet” is completely fine, and it helps me plan the coming weeks.',
          "If the timing isn't right, tell me when to check back.",
        ],
      ],
    ],
    feedback_request: [
      ({ thing }) => [
        [
          `I wanted to follow up on ${thing}.`,
          'First drafts are rarely final, so rough thoughts are just as useful as a full review.',
        ],
        [
          "What's the one thing you'd change first?",
          'Even a quick “looks good” or “not quite” helps me plan the next round.',
        ],
      ],
      ({ w, thing }) => [
        [
          `I'm checking in on ${thing}.`,
          'If it is easier, a few bullet points or a voice note work just as well as a written review.',
        ],
        [
          'Would you prefer to talk it through on a short call instead?',
          w.availability && `I'm free ${w.availability}.`,
        ],
      ],
      ({ thing }) => [
        [
          `One more note on ${thing}.`,
          'Sometimes others on the team need to weigh in, and I am glad to include them directly.',
        ],
        'Could you let me know roughly when to expect your thoughts?',
      ],
    ],
    details_request: [
      ({ thing }) => [
        [
          `I wanted to follow up on ${thing}.`,
          "It's completely normal for these to take a while, especially when other people are involved.",
        ],
        'Could you send whatever you have so far, even if it is incomplete?',
      ],
      ({ w, thing }) => [
        [
          `I'm checking in on ${thing}.`,
          "If something is blocking you, I'm happy to hop on a short call and help sort it out.",
          w.availability && `I'm free ${w.availability}.`,
        ],
        'Is there anything I can prepare or suggest to make it easier?',
      ],
      ({ thing }) => [
        [
          `I'll keep this short: ${thing} are all I need to keep things moving.`,
          'If it helps, I can use sensible placeholders for now, and you can correct them later.',
        ],
        'Would that work for you?',
      ],
    ],
    testimonial_request: [
      ({ thing }) => [
        [
          `I wanted to follow up on ${thing}.`,
          "To make it easy, two or three sentences are plenty, and you'll see and approve the final wording before I use it.",
        ],
        'What did you find most useful about working together?',
      ],
      ({ thing }) => [
        [
          `I'm checking in on ${thing}.`,
          'If writing feels like a chore, I can draft a few lines from our emails for you to edit.',
        ],
        ['Would that be helpful?', "You'd still have the final say on every word."],
      ],
      ({ thing }) => [
        [
          `One last note on ${thing}.`,
          'If you would rather leave a public review yourself, that works just as well, and a simple no is fine too.',
        ],
        ['Which option suits you best?', 'Either way, thank you for a really good project.'],
      ],
    ],
    followup: [
      ({ thing }) => [
        [
          `I wanted to follow up on ${thing}.`,
          "I know inboxes fill up quickly, so I'm bringing it back to the top of yours.",
        ],
        [
          'Could you let me know where things stand?',
          "If it's no longer relevant, that is useful to know as well.",
        ],
      ],
      ({ w, thing }) => [
        [
          `I'm checking in on ${thing}.`,
          w.availability
            ? `If a call is easier, I'm free ${w.availability}.`
            : "If it's easier to talk, I'm happy to call.",
        ],
        [
          'Is there someone else I should contact about this?',
          'Messages sometimes land with the wrong person, so it seemed worth asking.',
        ],
      ],
      ({ thing }) => [
        `I'll keep this short: is ${thing} still relevant on your side?`,
        [
          'A one-line reply is plenty, and it helps me plan.',
          "If the answer is “not now”, tell me when to check back and I'll make a note.",
        ],
      ],
    ],
  },
  breakup: {
    assumption: ({ thing }) =>
      `I haven't heard back about ${thing}, so I'll assume this isn't a priority right now.`,
    afterthoughts: {
      proposal: 'Priorities and budgets change, and that is completely fine.',
      feedback_request: "In the meantime, I'll treat the current version as the working draft.",
      details_request: "In the meantime, I'll pause the work that depends on them.",
      testimonial_request: 'I know how full inboxes get, and that is completely fine.',
      followup: 'Plans change, and that is completely fine.',
    },
    reopening: "If it comes back onto your list, just reply here and I'll pick it up from where we left off.",
  },
  request_call: {
    paragraphs: ({ w, thing }) => [
      [
        `Would you have 15 minutes for a quick call about ${thing}?`,
        'Talking is often faster than email, and I can answer any questions on the spot.',
      ],
      [
        w.availability ? `I'm free ${w.availability}.` : "I'm flexible this week, so just name a time.",
        'Which number is best to reach you on?',
      ],
    ],
    callScript: ({ w, thing }) => [
      introduce(w),
      `I'm calling about ${thing}. Is now a good moment for five minutes?`,
      '(Pause and listen.)',
      'Do you have any questions, or has anything changed on your side?',
      'Is there anything I can change or explain to make the next step easier?',
      "Thanks for your time. I'll send a short email with what we discussed.",
    ],
    voicemailScript: ({ w, project }) => [
      introduce(w),
      `I'm calling to catch up on ${project ?? 'our recent conversation'}.`,
      `Could you call me back when you have a moment${w.phone ? ` on ${w.phone}` : ''}?`,
      'Thanks, and have a good day.',
    ],
  },
  checkin_wellbeing: ({ w, project }) => [
    [
      `We haven't been in touch${w.daysSilent ? ` for ${days(w.daysSilent)}` : ' for a little while'}, so I wanted to check that you're alright.`,
      `There's no rush${project ? ` on ${project}` : ''}; I only want to make sure nothing has gone wrong on your side.`,
    ],
    [
      'Sometimes life gets in the way, and that is completely understandable.',
      'How are things going?',
      w.availability ? `If a quick call is easier, I'm free ${w.availability}.` : 'A short reply is plenty.',
    ],
  ],
  close_notice: ({ w, project }) => [
    `I haven't heard from you about ${project ?? 'our project'}${w.daysSilent ? ` for ${days(w.daysSilent)}` : ' for a while'}, and I hope everything is okay on your side.`,
    [
      "To keep things tidy, I'll close the project at the end of next week and send an invoice for the work completed so far.",
      "If you'd like to carry on, just reply before then and we'll pick it up from where we left off.",
    ],
    'Does that sound fair?',
  ],
  checkin_monthly: [
    {
      subject: 'A quick hello',
      closer: 'Thanks, and all the best for the coming weeks.',
      paragraphs: ({ thing }) => [
        [
          `It's been a little while since we talked about ${thing}, and I wanted to say hello.`,
          "I've been working on similar projects lately and have a few ideas that might be useful to you, whenever the timing is right.",
        ],
        'Would you like me to send a short summary?',
      ],
    },
    {
      subject: 'Ideas for your project',
      closer: 'Thank you, and I hope the month goes well.',
      paragraphs: ({ w, project }) => [
        [
          `I hope things are going well${w.organization ? ` at ${w.organization}` : ''}.`,
          `I recently put together a short checklist that has helped other clients with ${project ? `projects like ${project}` : 'similar plans'}.`,
        ],
        'Shall I send it over? There are no strings attached.',
      ],
    },
    {
      subject: 'Staying in touch',
      closer: 'Thanks, and speak soon.',
      paragraphs: ({ w, project }) => [
        [
          `A short hello to see how things are going${w.organization ? ` at ${w.organization}` : ''}.`,
          `If your plans${project ? ` for ${project}` : ''} have moved on, I'd love to hear what you decided.`,
        ],
        'Is there anything I could help with this quarter?',
      ],
    },
  ],
});
