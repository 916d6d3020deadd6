/** A content folder with an article written in French only (no English at all), and an English one. */
import path from 'node:path';
import { folderWith } from './helpers.js';

// The French of revoke-reinstate-csp.md (test/fixtures/fr-FR), as a plain article of its own.
const FRENCH_ONLY = `---
title: Rétablir les privilèges d’administrateur
---
# Rétablir les privilèges d’administrateur

Pour récupérer des privilèges d’administrateur délégués, vous devez travailler avec votre client.

1. Connectez-vous au tableau de bord de l’Espace partenaires.
2. Dans le menu de l’Espace partenaires, sélectionnez **Clients**.
3. Votre client doit sélectionner le lien et approuver la demande.

   ![Exemple d’e-mail de la création d’une relation de revendeur.](images/email.png)

   \`\`\`powershell
   Get-AzADGroup -DisplayName AdminAgents
   \`\`\`
`;

export function frenchOnly(): { content: string; locales: string } {
  const dir = folderWith({ 'fr-FR/revoke.md': FRENCH_ONLY, 'en-US/plain.md': '# Plain\n\n1. Select **Save**.\n' });
  return { content: dir, locales: path.join(dir, 'locales') };
}

