import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

@Entity('client_preferences')
export class ClientPreferencesEntity {
  @PrimaryColumn({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'client_preferences_client_fk' })
  client?: UserEntity;

  @Column({ name: 'share_by_default', type: 'boolean', default: false })
  shareByDefault: boolean;

  @Column({ name: 'show_private_count', type: 'boolean', default: false })
  showPrivateCount: boolean;
}
