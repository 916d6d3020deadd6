/**
 * The way on from a step ("→ Then: …" in the walkthrough, the Enter line on the screen) is the
 * button the step ends with, not a value picked in a drop-down or list: "In the dropdown list,
 * select **Membership offers**" (partner-center/mpn-view-print-maps-invoice.md) said
 * "→ Then: Membership offers", as if choosing it led on.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRun, folderWith, removeTempDirs } from '../helpers.js';

afterAll(removeTempDirs);

const content = folderWith({
  'en-US/invoices.md': [
    '# View invoices',
    '',
    '1. In the dropdown list, select **Membership offers** to see the offers available.',
    '2. Expand the **Type of problem** list and select **Help with partner invoice**.',
    '3. Select the desired user from the dropdown list, then select **Done**.',
    '4. Select **Calculation Details** from the dropdown under **Export to Excel**.',
    '5. From the **Dashboard** menu, select **Customers**.',
    '6. In the dropdown, select **Help your customer as** and **Admin agent**.',
    '7. Select **View customers** to see the list of customers you share.',
    '8. Go to **Business locations** and check that your location is in the list.',
    '9. Select **Add customer**. Select **Education** from the **Special qualifications** dropdown.',
    '10. Select **New request** and **Technical** from the dropdown, add details and click **Next: Solutions**.',
    '11. You can review and select from the list of entities and select **Save**.',
    '12. Under **Details**, in the Type of problem list, select **CSP Purchase**.',
    '',
  ].join('\n'),
});

const cli = (...args: string[]) => cliRun([...args, '--content', content, '--locales', path.join(content, 'locales'), '--no-cache']);

describe('the way on from a step', () => {
  it('is not a value chosen in a drop-down or a list', async () => {
    const { code, out } = await cli('run', 'invoices', '--plain');
    expect(code).toBe(0);
    expect(out).not.toContain('Then: Membership offers');
    expect(out).not.toContain('Then: Help with partner invoice');
    expect(out).not.toContain('Then: Calculation Details');
    expect(out).not.toMatch(/Then: (Help your customer as|Admin agent)/);
    // Nor an earlier label in its place.
    expect(out).not.toContain('Then: Add customer');
    // A button after a drop-down's clause, and a menu's item, still are.
    expect(out).toMatch(/Step 3 of 12\n[^\n]+\n {2}→ Then: Done\n/);
    expect(out).toMatch(/Step 5 of 12\n[^\n]+\n {2}→ Then: Customers\n/);
    // A list named after the label, not where it is picked.
    expect(out).toMatch(/Step 7 of 12\n[^\n]+\n {2}→ Then: View customers\n/);
    expect(out).toMatch(/Step 8 of 12\n[^\n]+\n {2}→ Then: Business locations\n/);
    expect(out).toMatch(/Step 10 of 12\n[^\n]+\n {2}→ Then: Next: Solutions\n/);
    expect(out).toMatch(/Step 11 of 12\n[^\n]+\n {2}→ Then: Save\n/);
    expect(out).not.toContain('Then: CSP Purchase');
  });

  it('is not a field the step fills in, nor a button pressed before it', async () => {
    // ci-docs/audience-insights/export-azure-blob-storage.md step 5 said "→ Then: Account key",
    // enrichment-SFTP-custom-import.md step 5 "→ Then: Path": fields, not ways on.
    const dir = folderWith({
      'en-US/export.md': [
        '# Export segments',
        '',
        '1. Enter the **Account name**, **Account key**, and **Container** for your Blob Storage account.',
        '2. Select **Next** and enter the **Path** and **Filename** of the data file that you want to import.',
        '3. Enter a **Plan ID** and **Plan name**, and then select **Create**.',
        '4. Select **Segment Commercial** and type **Microsoft Azure**',
        '5. Type a name in the box and press **Enter**.',
        '',
      ].join('\n'),
    });
    const { code, out } = await cliRun(['run', 'export', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache']);
    expect(code).toBe(0);
    expect(out).not.toMatch(/Then: (Account name|Account key|Container|Path|Filename|Next|Microsoft Azure|Segment Commercial)\n/);
    expect(out).toMatch(/Step 1 of 5\n[^\n]+\n\nStep 2/);
    expect(out).toMatch(/Step 3 of 5\n[^\n]+\n {2}→ Then: Create\n/);
    expect(out).toMatch(/Step 5 of 5\n[^\n]+\n {2}→ Then: Enter\n/);
  });

  it('is not one value of many ("select a **Role**"), while the button after its own determiner is', async () => {
    // ci-docs/audience-insights/permissions.md step 3 said "→ Then: Role" and
    // export-destinations.md "→ Then: Recurrence": a value picked, not a way on.
    const dir = folderWith({
      'en-US/roles.md': [
        '# Assign roles',
        '',
        '1. Use the **Search** field to find the user. Select a **Role** to assign to that user or group.',
        '2. For automatically refreshed exports, choose a **Recurrence** value and specify the details for it.',
        '3. Select the customer, then select their **Country/Region** and select the **Save** button.',
        '',
      ].join('\n'),
    });
    const { code, out } = await cliRun(['run', 'roles', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache']);
    expect(code).toBe(0);
    expect(out).not.toMatch(/Then: (Role|Recurrence|Search)\n/);
    expect(out).toMatch(/Step 3 of 3\n[^\n]+\n {2}→ Then: Save\n/);
  });

  it('is the last of buttons pressed in turn, none of alternatives, one after an adjective, not one\'s own value picked', async () => {
    // Real steps: merge-entities.md (he-il) "→ Then: Save" where Run is pressed after it;
    // create-manage-private-azure-marketplace.md "→ Then: Approve" and manage-your-partner-network-
    // benefits.md "→ Then: Update" where the reader picks one; ms-learn-associate.md no way on by
    // the blue My Profile icon; register-deals.md's "select their Country/Region" is a field, as is
    // adding-multiple-users-to-a-customer-account.md's geographic Location.
    const dir = folderWith({
      'en-US/merge.md': [
        '# Merge',
        '',
        '1. Select **Save** and **Run** to process the changes.',
        '2. Select **Approve** or **Reject**.',
        '3. Go to the top of the page, then select **Add**, **Update**, or **Change**.',
        '4. Select the blue **My Profile** icon in the upper-right corner.',
        '5. Enter the **Company name** for your customer and select their **Country/Region**.',
        '6. Select an existing customer and select its **Quick links** icon.',
        '7. Select a new **Role** for the user.',
        '8. Select either **Usage**, or **Revenue association**, and then select **Continue**.',
        '9. After the Partner Center validates the file, select the geographic **Location** for the new users.',
        '',
      ].join('\n'),
    });
    const { code, out } = await cliRun(['run', 'merge', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache']);
    expect(code).toBe(0);
    const thenOf = (n: number) => new RegExp(`Step ${n} of 9\\n[^\\n]+\\n {2}→ Then: ([^\\n]+)\\n`).exec(out)?.[1];
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(thenOf)).toEqual(['Run', undefined, undefined, 'My Profile', undefined, 'Quick links', undefined, 'Continue', undefined]);
  });

  it('is not a label in a table of the step: a table says what each choice does, the step goes on by its own sentence', async () => {
    // partner-center/azure-reservations-manage.md, step 3: "→ Then: Exchange", from a row's note.
    const dir = folderWith({
      'en-US/reservations.md': [
        '# Manage reservations',
        '',
        '1. Select **Customers** and the customer.',
        '2. Under **Actions**, select **Manage** to open the reservation. Use the table below.',
        '',
        '    | **Select** | **To** |',
        '    |:---|:---|',
        '    | **Overview** | View details. **NOTE** Select **Refund** to ask for a refund. Select **Exchange** to exchange it. |',
        '    | **Configuration** | Change the scope. |',
        '',
        '3. Select **Done**.',
        '',
      ].join('\n'),
    });
    const { code, out } = await cliRun(['run', 'reservations', '--plain', '--content', dir, '--locales', path.join(dir, 'locales'), '--no-cache']);
    expect(code).toBe(0);
    expect(out).not.toContain('Then: Exchange');
    expect(out).toMatch(/Step 2 of 3\n[^\n]+\n(?:[^\n]*\n)*? {2}→ Then: Manage\n/);
  });
});
