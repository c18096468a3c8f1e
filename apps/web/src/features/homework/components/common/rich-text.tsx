import { List, Text } from '@mantine/core';
import { parseRichText, type RichInline } from '@oefenruimte/shared';
import { Fragment, useMemo } from 'react';

function Inline({ parts }: { parts: readonly RichInline[] }) {
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part.type === 'bold' ? (
            <strong>{part.text}</strong>
          ) : part.type === 'italic' ? (
            <em>{part.text}</em>
          ) : (
            part.text
          )}
        </Fragment>
      ))}
    </>
  );
}

/**
 * Module rich text as React text nodes: nothing from the content is ever read as HTML. Modules
 * are written in Dutch, so they are read in a Dutch voice also when the interface is English.
 */
export function RichText({ source }: { source: string }) {
  const blocks = useMemo(() => parseRichText(source), [source]);
  return (
    <div lang="nl">
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          <Text key={index} mb="sm">
            <Inline parts={block.content} />
          </Text>
        ) : (
          <List key={index} mb="sm" spacing={4}>
            {block.items.map((item, itemIndex) => (
              <List.Item key={itemIndex}>
                <Inline parts={item} />
              </List.Item>
            ))}
          </List>
        ),
      )}
    </div>
  );
}
